Gdańsk jest stolicą województwa pomorskiego i największym miastem Pomorza, położonym u ujścia Wisły do Zatoki Gdańskiej.
Pierwsza wzmianka o grodzie pochodzi z żywotu św. Wojciecha, który w 997 r. ochrzcił tu wielu mieszkańców.
W 1308 r. miasto zostało zajęte przez Krzyżaków, co zapoczątkowało ponad półtora wieku ich panowania.
W 1454 r. mieszczanie zbuntowali się przeciwko zakonowi, a po zakończeniu wojny trzynastoletniej Gdańsk pozostał pod zwierzchnictwem królów polskich, zachowując szeroką autonomię.
W XVI i XVII w. był największym i najbogatszym miastem Rzeczypospolitej, a przez jego port przechodziła większość eksportu zboża.
Na mocy traktatu wersalskiego utworzono w 1920 r. Wolne Miasto Gdańsk pod ochroną Ligi Narodów.
Atak pancernika Schleswig-Holstein na Westerplatte 1 września 1939 r. uznaje się za początek II wojny światowej.
Wiosną 1945 r. zabudowa Głównego Miasta została w większości zniszczona, a jej odbudowę prowadzono przez kilka dziesięcioleci, wzorując się m.in. na dawnych rycinach i fotografiach.
W sierpniu 1980 r. w Stoczni Gdańskiej im. Lenina wybuchł strajk, który doprowadził do powstania NSZZ „Solidarność”.
Według danych GUS z 2022 r. liczba mieszkańców miasta wynosiła ok. 486 tys.
Czy jest w Polsce inne miasto, którego dzieje tak wyraźnie odzwierciedlałyby burzliwą historię Europy Środkowej?
Maria Skłodowska-Curie urodziła się 7 listopada 1867 r. w Warszawie, w kamienicy nr 16 przy ul. Freta.
Jej ojciec, Władysław Skłodowski, uczył matematyki i fizyki w warszawskich gimnazjach.
Ponieważ kobiety nie mogły wówczas studiować na uczelniach zaboru rosyjskiego, uczęszczała na zajęcia tajnego Uniwersytetu Latającego.
Jej starsza siostra, dr Bronisława Dłuska, została lekarką i wraz z mężem założyła sanatorium przeciwgruźlicze w Zakopanem.
W 1891 r. Maria wyjechała do Paryża, gdzie podjęła studia na Sorbonie.
Tam poznała fizyka Pierre'a Curie, za którego wyszła za mąż w 1895 r.
Trzy lata później małżonkowie ogłosili odkrycie dwóch nowych pierwiastków: polonu i radu.
W 1903 r. otrzymała wraz z mężem i H. Becquerelem Nagrodę Nobla z fizyki, a w 1911 r. samodzielnie Nagrodę Nobla z chemii.
Była pierwszą kobietą, która objęła stanowisko profesora na Sorbonie.
Z jej inicjatywy otwarto w 1932 r. w Warszawie Instytut Radowy przy ul. Wawelskiej, obecnie Narodowy Instytut Onkologii.
Zmarła 4 lipca 1934 r. w sanatorium w Passy na anemię aplastyczną, wywołaną wieloletnim narażeniem na promieniowanie.
Tatry są najwyższym pasmem górskim w łańcuchu Karpat, położonym na granicy Polski i Słowacji.
Ich powierzchnia wynosi ok. 785 km², z czego mniej więcej jedna piąta znajduje się po stronie polskiej.
Najwyższym szczytem masywu jest Gerlach (2654 m n.p.m.), leżący na Słowacji.
Najwyższy punkt Polski stanowi północno-zachodni wierzchołek Rysów, wznoszący się na wys. 2499 m n.p.m.
Największym jeziorem po polskiej stronie jest Morskie Oko, którego głębokość sięga 50,8 m.
Rozwój turystyki w tych górach zawdzięcza się w dużej mierze Towarzystwu Tatrzańskiemu, założonemu w 1873 r.
Jednym z pionierów taternictwa był ks. Józef Stolarczyk, pierwszy proboszcz Zakopanego.
Kolej linową na Kasprowy Wierch zbudowano w latach 1935–1936 z inicjatywy inż. Aleksandra Bobkowskiego.
Tatrzański Park Narodowy utworzono w 1954 r., a w 1992 r. wraz ze słowackim TANAP-em wpisano go na listę rezerwatów biosfery UNESCO.
Co roku park odwiedza ok. 4 mln turystów, co czyni go jednym z najchętniej odwiedzanych obszarów chronionych w Europie.
Bitwa Warszawska, stoczona w dniach 13–25 sierpnia 1920 r., była rozstrzygającym starciem wojny polsko-bolszewickiej.
Latem tego roku wojska Frontu Zachodniego pod dowództwem M. Tuchaczewskiego zbliżyły się do przedpola stolicy.
Plan kontrofensywy znad Wieprza przygotowano w otoczeniu Naczelnego Wodza J. Piłsudskiego, przy znaczącym udziale szefa Sztabu Generalnego gen. Tadeusza Rozwadowskiego.
Uderzenie rozpoczęło się 16 sierpnia i w ciągu kilku dni doprowadziło do rozbicia sił przeciwnika.
Ważną rolę odegrał polski wywiad radiowy, który regularnie odczytywał szyfrowane depesze bolszewickie.
Do niewoli trafiło kilkadziesiąt tysięcy żołnierzy Armii Czerwonej.
Brytyjski dyplomata Edgar Vincent, lord D'Abernon, zaliczył tę bitwę do osiemnastu przełomowych bitew w dziejach świata.
W publicystyce starcie często określa się mianem „cudu nad Wisłą”.
Dzień 15 sierpnia obchodzony jest w Polsce jako Święto Wojska Polskiego.
Uniwersytet Jagielloński w Krakowie został założony 12 maja 1364 r. przez króla Kazimierza Wielkiego.
Po okresie upadku uczelnię odnowił w 1400 r. Władysław Jagiełło, wykorzystując zapis swej zmarłej żony, królowej Jadwigi.
W XV w. krakowska Akademia słynęła w Europie ze studiów astronomicznych i matematycznych, a w latach 1491–1495 studiował tu Mikołaj Kopernik.
Najstarszym zachowanym budynkiem uczelni jest Collegium Maius przy ul. Jagiellońskiej 15, w którym mieści się obecnie muzeum.
6 listopada 1939 r. Niemcy aresztowali w ramach tzw. Sonderaktion Krakau ok. 180 profesorów i pracowników naukowych.
Wśród uwięzionych był m.in. prof. Stanisław Estreicher, który zmarł w obozie Sachsenhausen.
Kontynuował on zapoczątkowaną przez ojca „Bibliografię polską”, opracowując jej t. 23–33.
Dziś na UJ studiuje ok. 35 tys. osób, a kadrę stanowi ponad 4 tys. nauczycieli akademickich.
W latach 2020–2024 funkcję rektora pełnił prof. dr hab. Jacek Popiel.
Legia Warszawa to klub sportowy założony w 1916 r. przez żołnierzy Legionów Polskich na Wołyniu.
Jego sekcja piłkarska należy do najbardziej utytułowanych w kraju i ma na koncie 15 tytułów mistrza Polski.
Drużyna rozgrywa mecze na Stadionie Wojska Polskiego im. Marszałka Józefa Piłsudskiego przy ul. Łazienkowskiej 3.
Obiekt, przebudowany w latach 2008–2010, może pomieścić ok. 31 tys. widzów.
W sezonie 1969/70 Legia dotarła do półfinału Pucharu Europy, w którym uległa Feyenoordowi Rotterdam.
Po zajęciu 1. miejsca w sezonie 2015/16 zespół awansował do fazy grupowej Ligi Mistrzów, gdzie zmierzył się m.in. z Realem Madryt i Borussią Dortmund.
Kibice ze szczególnym sentymentem wspominają Kazimierza Deynę, wieloletniego kapitana drużyny i złotego medalistę olimpijskiego z 1972 r.
„Bitwa pod Grunwaldem” to obraz olejny Jana Matejki, namalowany w latach 1872–1878.
Płótno o wymiarach 426 × 987 cm należy do największych dzieł w zbiorach Muzeum Narodowego w Warszawie.
W centrum kompozycji widać wielkiego księcia litewskiego Witolda, a nieco na prawo ginącego wielkiego mistrza Ulricha von Jungingena.
Po pierwszej prezentacji obrazu w 1878 r. Rada Miasta Krakowa wręczyła Matejce berło jako symbol jego władztwa w sztuce.
Podczas II wojny światowej dzieło ukryto w Lublinie, a Niemcy bezskutecznie wyznaczyli wysoką nagrodę za wskazanie kryjówki.
W latach 2010–2012 obraz przeszedł gruntowną konserwację.
