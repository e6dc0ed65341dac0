Europejski Bank Centralny pozostawił w czwartek stopy procentowe na poziomie 4,5 proc., zgodnie z oczekiwaniami analityków.
Prezes EBC Christine Lagarde powiedziała, że inflacja w strefie euro jest wciąż "zbyt wysoka".
Według prognoz banku ceny wzrosną w tym roku o 2,3 proc., a w 2025 r. o 2 proc.
Indeks WIG20 zakończył sesję wzrostem o 0,8 proc., do 2412 pkt.
Lagarde nie chciała powiedzieć, czy pierwsza obniżka nastąpi w czerwcu.
Część ekonomistów, np. z ING Banku Śląskiego, spodziewa się trzech obniżek do grudnia.
Inni, m.in. prof. Marek Belka, ostrzegają, że bank może zareagować zbyt późno.
Decyzja zapadła jednogłośnie.
Rada Ministrów przyjęła we wtorek projekt ustawy budżetowej na 2024 r.
Wydatki państwa mają wynieść ok. 866 mld zł, tj. o 6 proc. więcej niż rok wcześniej.
Minister finansów Andrzej Domański bronił projektu na konferencji prasowej w KPRM.
"To budżet odpowiedzialny i prorozwojowy" – powiedział minister.
Opozycja zapowiedziała złożenie kilkuset poprawek.
Pierwsze czytanie w Sejmie zaplanowano na 12 marca, godz. 16.
Zamek Królewski na Wawelu odwiedziło w ubiegłym roku ponad 2 mln turystów.
Jego budowę rozpoczęto w XIV w. za panowania Kazimierza Wielkiego.
Obecny kształt renesansowy zamek uzyskał w latach 1504–1548.
Renowacja arkad dziedzińca trwała trzy lata i kosztowała ok. 25 mln zł.
Dyrektor zamku, prof. Andrzej Betlej, przedstawił nowe trasy zwiedzania.
Od przyszłego miesiąca zwiedzający będą mogli wejść do Baszty Sandomierskiej.
Bilety na trasę podziemną trzeba rezerwować z kilkudniowym wyprzedzeniem.
Według magistratu turystyka przynosi Krakowowi ok. 7 mld zł rocznie.
Zespół z Uniwersytetu Jagiellońskiego odkrył nowy gatunek chrząszcza w Tatrach.
Owad ma zaledwie 4 mm długości i żyje powyżej 2000 m n.p.m.
Badacze nazwali go na cześć przyrodnika Władysława Szafera.
Odkrycie opisano w czasopiśmie "Zootaxa" 3 lutego br.
Według dr. hab. Tomasza Majewskiego, współautora badań, gatunek jest zagrożony przez zmianę klimatu.
"Każdy stopień więcej odbiera mu siedliska" – wyjaśnił.
Zespół pracował w górach przez trzy kolejne lata, od 2019 do 2022 r.
IMGW wydał ostrzeżenia trzeciego stopnia przed ulewami dla woj. dolnośląskiego.
Prognozuje się do 180 mm deszczu w ciągu doby w rejonie Kotliny Kłodzkiej.
Zajęcia odwołano w 35 szkołach, w tym we Wrocławiu.
Wojewoda apeluje do mieszkańców o unikanie zbędnych podróży.
Straż pożarna interweniowała w nocy ponad 400 razy.
Droga krajowa nr 8 jest zamknięta między Kłodzkiem a Bardem.
Legia Warszawa pokonała w niedzielę Lecha Poznań 3:1 na stadionie przy ul. Łazienkowskiej.
Dwa gole w drugiej połowie zdobył Tomáš Pekhart.
Drużyna trenera Goncalo Feio ma już 52 pkt., osiem więcej od wicelidera.
Lech grał w dziesiątkę od 58. minuty.
Kolejny mecz Legia rozegra w środę z Aston Villą w Birmingham.
Spółka Orange Polska S.A. ogłosiła zwolnienia grupowe, które obejmą 3400 pracowników.
Związki zawodowe zapowiedziały strajk na 15 stycznia.
Prezes zarządu Julien Ducarroz nazwał decyzję "bolesną, ale konieczną".
Firma zakończyła trzeci kwartał zyskiem netto w wysokości 1,1 mld zł.
Jej akcje podrożały po ogłoszeniu o 2 proc.
Muzeum Narodowe w Warszawie pokazuje od wtorku nieznany obraz Jana Matejki.
To portret młodej szlachcianki namalowany ok. 1870 r.
Obraz przez ponad sto lat należał do rodziny z Lublina.
Dyrektor muzeum, Łukasz Gaweł, nazwał go "odkryciem nadzwyczajnym".
Wystawę można oglądać do 30 czerwca, w godz. 10–18.
Senat odrzucił wczoraj wniosek klubu PiS.
Przeciw głosowało 62 senatorów, za było 35.
Rzecznik rządu powiedział, że wynik pokazuje siłę większości.
Sen. Marek Pęk oskarżył rząd o blokowanie instytucji.
Dane GUS o bezrobociu za marzec zostaną opublikowane w przyszły wtorek.
Liczba pracujących po raz pierwszy przekroczyła 17 mln.
Stopa bezrobocia wśród młodych spadła do 10,4 proc., najniżej od 2008 r.
W woj. mazowieckim w I kw. powstało 46 tys. nowych miejsc pracy.
Turystyka odpowiadała w ub.r. za 6 proc. PKB.
Liczba turystów zagranicznych sięgnęła 19 mln, co jest rekordem.
Branża domaga się inwestycji w lotniska w Gdańsku i Katowicach.
Średnia cena mieszkań wzrosła o 7,1 proc. r/r.
Sejm uchwalił nowelizację prawa wodnego po dwóch latach prac.
Nowe przepisy wejdą w życie 1 lipca.
