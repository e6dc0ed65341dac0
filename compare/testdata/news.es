El Banco Central Europeo mantuvo el jueves los tipos de interés en el 4,5 %, tal como esperaban los analistas.
La presidenta del BCE, Christine Lagarde, dijo que la inflación de la zona euro sigue "demasiado alta".
Según las previsiones del banco, los precios subirán un 2,3 % este año y un 2,0 % en 2025.
El Ibex 35 cerró la sesión con una subida del 0,8 %, hasta los 11.164 puntos.
La Sra. Lagarde no quiso aclarar si el primer recorte llegará en junio.
Varios economistas, p. ej. los del BBVA Research, esperan tres bajadas antes de diciembre.
Otros, como el Dr. José Carlos Díez, advierten de que el banco corre el riesgo de llegar tarde.
La decisión se tomó por unanimidad.
El Gobierno aprobó el martes en el Consejo de Ministros el proyecto de ley de presupuestos para 2024.
El texto prevé un gasto total de 199.120 millones de euros, un 3,6 % más que el año anterior.
La ministra de Hacienda, María Jesús Montero, lo defendió ante los periodistas en el Palacio de la Moncloa.
"Son unas cuentas para seguir creciendo", afirmó la Sra. Montero.
El PP y Vox anunciaron que presentarán enmiendas a la totalidad.
El debate en el Congreso de los Diputados comenzará el 12 de marzo a las 16.00 h.
La catedral de Santiago de Compostela recibió el año pasado a más de 440.000 peregrinos.
Su construcción comenzó en el año 1075, durante el reinado de Alfonso VI.
El Pórtico de la Gloria, obra del maestro Mateo, se terminó en 1188.
La restauración del pórtico duró diez años y costó aprox. 6 millones de euros.
El arzobispo, Mons. Francisco José Prieto, celebró una misa de acción de gracias.
Muchos peregrinos llegan a pie desde Roncesvalles, a unos 790 km de distancia.
Otros recorren solo los últimos 100 km, el mínimo para obtener la Compostela.
La Xunta calcula que el Camino deja cada año unos 300 millones de euros en Galicia.
Un equipo de la Universidad de Granada ha descubierto una nueva especie de escarabajo en Sierra Nevada.
El insecto, de apenas 4 mm de longitud, vive a más de 2.500 m de altitud.
Los investigadores lo han bautizado en honor del naturalista Ignacio Bolívar.
El hallazgo se publicó en la revista Zootaxa el pasado 3 de febrero.
Según el Prof. Alberto Tinaut, coautor del estudio, la especie está amenazada por el cambio climático.
"Cada grado de más le quita hábitat", explicó.
El equipo trabajó durante tres veranos en la zona, entre los años 2019 y 2022.
La Agencia Estatal de Meteorología ha activado el aviso rojo por lluvias en la Comunidad Valenciana.
Se esperan hasta 180 l/m² en doce horas en el litoral de Valencia.
Las clases se han suspendido en 35 municipios, incl. la capital.
El Ayuntamiento pide a los vecinos que eviten desplazamientos innecesarios.
La Guardia Civil ha cortado varias carreteras, entre ellas la N-332 y la CV-500.
El alcalde, D. Vicente Martínez, pidió calma a través de las redes sociales.
El Real Madrid ganó el domingo por 3 a 1 al Atlético en el estadio Santiago Bernabéu.
Vinícius Jr. marcó dos goles en la segunda parte.
El equipo de Carlo Ancelotti suma ya 72 puntos, ocho más que el segundo clasificado.
El Atlético jugó con diez hombres desde el minuto 58.
El próximo partido será el miércoles ante el Bayern de Múnich, en la ida de las semifinales.
La empresa Telefónica, S.A. ha anunciado un expediente de regulación de empleo que afectará a 3.400 trabajadores.
Los sindicatos CC. OO. y UGT han convocado una huelga para el 15 de enero.
El consejero delegado, Ángel Vilá, dijo que la medida era "dolorosa pero necesaria".
La compañía cerró el tercer trimestre con un beneficio neto de 1.100 mill. de euros.
Sus acciones subieron un 2 % tras el anuncio.
El Museo del Prado expone desde el martes una obra inédita de Francisco de Goya.
Se trata de un retrato de la condesa de Chinchón pintado hacia 1800.
El cuadro perteneció durante más de un siglo a una familia de Zaragoza.
El director del museo, Miguel Falomir, lo calificó de "hallazgo extraordinario".
La exposición podrá visitarse hasta el 30 de junio, de 10.00 a 20.00 h.
El Senado rechazó ayer la moción presentada por el grupo popular.
La votación terminó con 130 votos en contra y 128 a favor.
La portavoz del Gobierno dijo que el resultado demuestra la solidez de la mayoría.
El Sr. Feijóo acusó al Ejecutivo de bloquear las instituciones.
Los datos del paro de marzo se conocerán el próximo martes.
El número de afiliados a la Seguridad Social superó por primera vez los 21 millones.
La tasa de desempleo juvenil bajó al 27,4 %, la más baja desde 2008.
En Andalucía se crearon 46.000 empleos en el primer trimestre.
El turismo aportó el 12,8 % del PIB el año pasado.
La llegada de visitantes extranjeros alcanzó los 85 millones, un récord histórico.
El sector pide más inversión en los aeropuertos de Málaga y Palma.
El precio medio de la vivienda subió un 7,1 % en tasa interanual.
Las Cortes aprobaron la reforma de la ley de costas tras dos años de negociación.
La nueva norma entrará en vigor el 1 de julio.
