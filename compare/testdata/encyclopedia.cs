Oblast dnešního Brna byla osídlena již v mladším paleolitu, tj. zhruba 25 000 let př. n. l.
Brno je se zhruba 400 tis. obyvateli druhým největším městem České republiky.
První písemná zmínka o Brně pochází z Kosmovy kroniky k roku 1091.
Městská práva udělil Brnu král Václav I. v roce 1243.
V letech 1643 a 1645 město úspěšně odolalo obléhání švédských vojsk během tzv. třicetileté války.
V 19. stol. se Brno díky textilnímu průmyslu stalo tzv. moravským Manchesterem.
Dominantou města je katedrála sv. Petra a Pavla na Petrově, jejíž novogotické věže byly dokončeny na poč. 20. stol.
Vila Tugendhat v ulici Černopolní č. 45 byla zapsána na seznam světového dědictví UNESCO v r. 2001.
Brněnské výstaviště bylo otevřeno v roce 1928 u příležitosti Výstavy soudobé kultury v Československu.
Dnes v Brně sídlí např. Ústavní soud, Nejvyšší soud, Nejvyšší správní soud apod.
Jaroslav Heyrovský se narodil 20. prosince 1890 v Praze v rodině profesora práv Leopolda Heyrovského.
Studoval chemii a fyziku nejprve v Praze a poté na University College v Londýně, kde jej ovlivnil prof. W. Ramsay.
Za 1. světové války sloužil jako lékárník a rentgenolog ve vojenské nemocnici.
V r. 1922 vynalezl polarografii, tj. elektrochemickou analytickou metodu využívající rtuťovou kapkovou elektrodu.
Spolu s japonským chemikem M. Shikatou sestrojil o dva roky později první polarograf.
Podrobnosti o vzniku přístroje uvádí jeho životopis (Praha 1990, s. 45–52).
Prof. Heyrovský se v r. 1950 stal ředitelem nově založeného Polarografického ústavu.
Nobelovu cenu za chemii obdržel v r. 1959 jako vůbec první český vědec.
Zemřel v Praze 27. 3. 1967.
Jeho jméno dnes nese Ústav fyzikální chemie J. Heyrovského AV ČR, v. v. i.
Vltava je s délkou 430 km nejdelší řekou, která teče celá na území České republiky.
Pramení na Šumavě pod Černou horou v nadmořské výšce cca 1 172 m.
Její povodí má rozlohu 28 090 km² a patří k němu např. Lužnice, Otava, Sázava a Berounka.
Již ve 2. stol. př. n. l. stálo nad řekou jižně od Prahy keltské oppidum Závist.
Do Labe se vlévá u Mělníka, kde její průměrný průtok činí cca 150 m³/s.
Ve 20. stol. na ní vznikla tzv. Vltavská kaskáda, tj. soustava devíti vodních děl.
Největší z nich, nádrž Lipno I, má plochu hladiny 48,7 km² a byla dokončena v r. 1959.
Bedřich Smetana jí věnoval druhou symfonickou báseň cyklu Má vlast.
Při povodni v srpnu 2002 dosáhl průtok v Praze asi 5 160 m³/s.
Samostatný československý stát byl vyhlášen v Praze 28. října 1918.
Prohlášení vydal Národní výbor, jehož představiteli byli mj. A. Rašín, A. Švehla, F. Soukup, J. Stříbrný a V. Šrobár.
T. G. Masaryk se v té době nacházel v USA, kde 18. října zveřejnil tzv. Washingtonskou deklaraci.
Revoluční národní shromáždění jej 14. listopadu 1918 zvolilo prvním prezidentem.
Do Prahy se Masaryk vrátil až 21. prosince.
Později v Táboře pronesl známou větu: „Tábor je náš program.“
Kolik lidí tehdy tušilo, že republika vydrží jen dvacet let?
Dnes je 28. říjen státním svátkem podle zákona č. 245/2000 Sb.
Národní muzeum bylo založeno v r. 1818 z iniciativy hraběte Kašpara Šternberka.
Hlavní budova na horním konci Václavského náměstí byla postavena v letech 1885–1891 podle návrhu arch. Josefa Schulze.
V letech 2011–2018 prošla budova rozsáhlou rekonstrukcí, jejíž náklady přesáhly 1,8 mld. Kč.
Sbírky muzea zahrnují cca 14 mil. předmětů z oblasti přírodních věd, historie, etnografie, numismatiky atd.
Součástí muzea jsou i další objekty, např. Náprstkovo muzeum, Lapidárium či České muzeum hudby.
Novou expozici o dějinách 20. stol. připravil tým vedený doc. PhDr. Martinem Novotným, CSc.
Antropologickou sbírku spravuje MUDr. Eva Svobodová, Ph.D., která se specializuje na kosterní pozůstatky z raného středověku.
Podle mluvčí muzea Mgr. Jany Novákové navštívilo hlavní budovu v loňském roce přes 800 tis. lidí.
SK Slavia Praha vznikla v r. 1892 ze spolku pražských studentů.
Klubovými barvami jsou červená a bílá, doplněné rudou pěticípou hvězdou.
Domácí zápasy hraje ve vršovickém Edenu, který pojme přes 19 tis. diváků.
V sezóně 2018/19 se v Evropské lize probojovala až do čtvrtfinále, kde podlehla Chelsea.
Ligový titul v sezóně 2020/21 získala bez jediné porážky.
Trenér Jindřich Trpišovský dovedl tým v sezóně 2024/25 opět na 1. místo.
Fanoušci po zisku titulu skandovali: „Slavie je mistr!“
Česká národní banka (ČNB) ve čtvrtek ponechala základní úrokovou sazbu na 3,50 %.
Podle bankovní rady zůstávají inflační rizika zvýšená, zejm. kvůli růstu cen služeb.
Meziroční inflace dosáhla v červnu 2,9 %, uvedl Český statistický úřad.
Hrubý domácí produkt vzrostl ve 2. čtvrtletí o 2,4 % meziročně.
Průměrná hrubá mzda činila 49 402 Kč, tj. o 7,9 % více než před rokem.
Ing. Tomáš Král, hlavní ekonom jedné z velkých bank, očekává další snížení sazeb až v příštím roce.
Růst cen táhly zejména služby, nájemné, potraviny atd.
Koruna posílila vůči euru na 24,65 Kč/EUR.
