Toledo es una ciudad del centro de la península ibérica, capital de la provincia homónima y de la comunidad autónoma de Castilla-La Mancha.
Se asienta sobre un promontorio rocoso rodeado en sus tres cuartas partes por el río Tajo, a unos 529 m sobre el nivel del mar.
La ciudad carpetana fue tomada por el pretor Marco Fulvio Nobilior en el año 193 a. C.
Con el nombre de Toletum se convirtió en un importante núcleo de la Hispania romana, dotado de circo, acueducto y puente sobre el río.
En época visigoda fue sede de numerosos concilios, el primero de los cuales se celebró hacia el año 400 d. C., y desde el reinado de Leovigildo funcionó como capital del reino.
Tras la conquista musulmana de 711, la ciudad quedó integrada en al-Ándalus y llegó a encabezar una taifa independiente en el s. XI.
Alfonso VI de León y Castilla entró en Toledo el 25 de mayo de 1085.
Durante los siglos siguientes, la llamada Escuela de Traductores difundió por Europa versiones latinas de obras de Aristóteles, Ptolomeo, Avicena, Averroes, etc.
La corte se trasladó definitivamente a Madrid en 1561, lo que marcó el inicio de un largo periodo de declive demográfico y económico.
En 1986 la UNESCO declaró el casco histórico Patrimonio de la Humanidad, y hoy el municipio cuenta con aprox. 86.000 habitantes.
Santiago Ramón y Cajal nació el 1 de mayo de 1852 en Petilla de Aragón (Navarra), hijo del médico Justo Ramón Casasús.
Estudió Medicina en Zaragoza y, tras servir como médico militar en Cuba, obtuvo el grado de doctor en Madrid en 1877.
En 1887 ocupó la cátedra de Histología de la Universidad de Barcelona, donde perfeccionó el método de tinción argéntica ideado por C. Golgi.
Sus observaciones le llevaron a formular la doctrina de la neurona, según la cual el tejido nervioso está formado por células independientes que se comunican por contacto.
Los primeros resultados aparecieron en 1888 en la Revista trimestral de Histología normal y patológica, que el propio investigador costeaba de su bolsillo.
Entre 1899 y 1904 publicó por entregas la Textura del sistema nervioso del hombre y de los vertebrados, considerada una obra fundacional de la neurociencia moderna.
En 1906 compartió con el propio Golgi el Premio Nobel de Fisiología o Medicina, pese a que ambos defendían interpretaciones opuestas del sistema nervioso.
En 1920 el laboratorio que dirigía el Dr. Ramón y Cajal en Madrid pasó a denominarse Instituto Cajal, hoy integrado en el CSIC.
Murió en Madrid el 17 de octubre de 1934.
El Ebro es el río más caudaloso de España y recorre de oeste a este el nordeste peninsular a lo largo de unos 930 km.
Nace en Fontibre, cerca de Reinosa (Cantabria), y desemboca en el Mediterráneo formando un amplio delta en la provincia de Tarragona.
Su cuenca abarca más de 85.000 km², repartidos entre nueve comunidades autónomas, con pequeñas porciones en Andorra y Francia.
El caudal medio en la desembocadura ronda los 400 m³/s, aunque ha disminuido de forma notable desde mediados del s. XX.
Los romanos lo llamaron Iberus, nombre del que, según algunos autores, deriva el de la propia península.
A sus orillas se levantan ciudades como Miranda de Ebro, Logroño, Tudela, Zaragoza y Tortosa.
¿Por qué ocupa el delta del Ebro un lugar destacado en los estudios sobre el cambio climático en el Mediterráneo?
La razón principal es la retención de sedimentos en los embalses de Mequinenza y Ribarroja, que ha reducido el aporte de arena a la costa en torno a un 95 %.
En sus riberas se libró entre julio y noviembre de 1938 la batalla del Ebro, la más larga y sangrienta de la Guerra Civil española.
La Constitución Política de la Monarquía Española fue promulgada por las Cortes Generales reunidas en Cádiz el 19 de marzo de 1812.
Por coincidir con la festividad de san José, se la conoce popularmente como «la Pepa».
Las Cortes se habían constituido en septiembre de 1810 en la Isla de León, la actual San Fernando, mientras buena parte del país estaba ocupada por las tropas napoleónicas.
Entre los diputados figuraban eclesiásticos, juristas, militares y representantes de los territorios americanos, como el novohispano José Miguel Ramos Arizpe.
El texto, de 384 artículos, proclamaba la soberanía nacional, la división de poderes y la libertad de imprenta.
Su art. 1.º definía la nación española como «la reunión de todos los españoles de ambos hemisferios».
El art. 12 establecía, no obstante, que la religión de la nación «es y será perpetuamente la católica, apostólica, romana, única verdadera».
Fernando VII la derogó mediante el decreto de Valencia, firmado el 4 de mayo de 1814.
Volvió a estar vigente durante el Trienio Liberal (1820-1823) y, de forma breve, entre 1836 y 1837.
Los debates de aquellas sesiones se conservan en el Diario de Sesiones de las Cortes, cuyos primeros vols. recogen las intervenciones sobre la libertad de imprenta.
La Real Academia Española fue fundada en Madrid en 1713 por iniciativa de Juan Manuel Fernández Pacheco, marqués de Villena.
Felipe V aprobó su constitución mediante real cédula de 3 de octubre de 1714.
Su lema, «Limpia, fija y da esplendor», acompaña en el emblema de la institución a un crisol puesto al fuego.
Entre 1726 y 1739 publicó el Diccionario de autoridades, en seis tomos, cuyas definiciones se apoyaban en citas de escritores reconocidos.
La sede principal, situada en la c/ Felipe IV, n.º 4, junto al Museo del Prado, se inauguró en 1894.
La Academia está formada por 46 académicos de número, cada uno de los cuales ocupa un sillón designado con una letra mayúscula o minúscula del alfabeto.
En la correspondencia oficial reciben el tratamiento de excelencia, de modo que las cartas dirigidas a ellos se encabezan con la fórmula «Excmo. Sr. D.» seguida del nombre.
La poeta Carmen Conde fue la primera mujer que tomó posesión de un sillón, el de la letra K, en enero de 1979.
La 23.ª edición del Diccionario de la lengua española, publicada en 2014, contiene unas 93.000 entradas.
Desde 1951 colabora con las academias de América y Filipinas, y forma parte de la Asociación de Academias de la Lengua Española junto con la de EE. UU.
El Athletic Club, con sede en Bilbao, fue fundado oficialmente en 1898, aunque sus orígenes se remontan a los partidos que disputaban obreros británicos y estudiantes vizcaínos en la década anterior.
Junto con el Real Madrid y el F. C. Barcelona, es uno de los tres clubes que nunca han descendido de Primera División.
Su filosofía deportiva consiste en alinear únicamente a futbolistas formados en el País Vasco y Navarra o vinculados a su fútbol de cantera.
Conquistó su primer campeonato de Liga en la temporada 1929-1930, la 2.ª edición del torneo, y el último en 1983-1984.
En la Copa del Rey suma 24 trofeos, una cifra que solo supera el F. C. Barcelona.
Desde 2013 disputa sus partidos en el nuevo estadio de San Mamés, con capacidad para aprox. 53.000 espectadores.
Tras cuarenta años sin ganar la Copa, el triunfo de abril de 2024 se celebró con el tradicional paseo de la gabarra por la ría, ante cientos de miles de aficionados.
¡Pocas veces se había visto tanta gente en las calles de Bilbao!
Las meninas es un óleo sobre lienzo de aprox. 318 × 276 cm pintado por Diego Velázquez en 1656.
Se conserva en el Museo del Prado, cuyo catálogo lo registra con el núm. P001174.
En el centro aparece la infanta Margarita Teresa, atendida por Dña. María Agustina Sarmiento, que le ofrece un búcaro de agua, y por Dña. Isabel de Velasco.
A la izquierda, el propio pintor trabaja ante un gran lienzo, con la cruz de la Orden de Santiago en el pecho.
En el espejo del fondo se reflejan Felipe IV y la reina Mariana de Austria, mientras en la puerta abierta asoma el aposentador José Nieto Velázquez.
La descripción más antigua del cuadro figura en el vol. III de El museo pictórico y escala óptica de Antonio Palomino, publicado en 1724.
Según relata A. Palomino, el pintor napolitano Luca Giordano la llamó «la teología de la pintura».
En 1957 Pablo Picasso realizó una serie de 58 obras inspiradas en ella, que hoy se exhiben en el Museo Picasso de Barcelona.
