Göta kanal byggdes mellan 1810 och 1832 och förbinder Vänern med Östersjön.
Idén om en vattenväg tvärs över Sverige är betydligt äldre än så.
Redan biskop Hans Brask föreslog på 1500-talet en kanal genom Östergötland.
Det var dock först friherre Baltzar von Platen som lyckades driva igenom projektet.
Han fick stöd av bl.a. kung Karl XIII och den blivande kronprinsen Karl Johan.
Den skotske ingenjören Thomas Telford anlitades som rådgivare och gjorde de första ritningarna.
Sammanlagt arbetade ca 58 000 soldater och hantlangare vid bygget.
De grävde för hand, med spadar av trä som var skodda med järn.
Kanalen är 190 km lång, varav 87 km är grävda.
Den har 58 slussar och en högsta punkt på 91,8 m ö.h. vid sjön Viken.
Slusstrappan i Berg består av sju sammanbyggda slussar, s.k. kammarslussar.
Bygget kostade mer än dubbelt så mycket som beräknat, nämligen ca 9 miljoner riksdaler.
Von Platen dog 1829 och fick aldrig se kanalen invigas.
Invigningen skedde den 26 september 1832 i närvaro av kung Karl XIV Johan.
Under 1800-talet var kanalen en viktig transportled för järn, trä och spannmål.
Med järnvägens utbyggnad minskade dock godstrafiken kraftigt.
På 1870-talet var trafiken som störst, med omkring 6 000 passager om året.
Efter andra världskriget blev turismen allt viktigare för kanalbolaget.
I dag trafikeras kanalen främst av fritidsbåtar och passagerarfartyg.
Varje sommar passerar ca 2 000 båtar genom slussarna i Berg.
Kanalbolaget ägs sedan 1978 av staten.
Längs kanalen finns många platser med anknytning till dess historia, t.ex. Forsvik och Sjötorp.
Vid Forsviks bruk ligger kanalens äldsta sluss, som byggdes redan 1813.
Den nuvarande stenslussen ersatte en äldre sluss av trä.
Motala grundades 1823 som en ren kanalstad enligt von Platens egna planer.
Där anlade man också Motala Verkstad, som blev ett av landets första mekaniska verkstäder.
Verkstaden tillverkade bl.a. ångmaskiner, broar och fartyg.
Stadsplanen ritades av Carl Edelcrantz, som även var verksam vid bygget i övrigt.
Kanalens tekniska lösningar studerades senare av ingenjörer från hela Europa.
År 2007 utsågs Göta kanal till årtusendets svenska byggnadsverk.
Numera förvaltas den av AB Göta kanalbolag med säte i Motala.
Båtsäsongen pågår vanligen från början av maj till slutet av september.
Under högsäsongen är slussarna öppna kl. 9–18 varje dag.
En resa genom hela kanalen tar med fritidsbåt ungefär fem till sju dagar.
Den största tillåtna båtlängden är 30 m och det största djupgåendet 2,8 m.
Hastigheten får inte överstiga 5 knop, dvs. drygt 9 km/tim.
Dragvägarna längs kanalen används i dag som cykel- och vandringsleder.
Förr drogs pråmarna fram av hästar eller av människor som gick på dragvägen.
Många av de gamla slussvaktarstugorna är numera kaféer eller vandrarhem.
Kanalmuseet i Sjötorp visar modeller, verktyg och fotografier från byggtiden.
Där kan man också se en kopia av von Platens arbetsrum.
Enligt en undersökning från 2019 besöks kanalen av ca 3 miljoner människor om året.
Turismen ger arbete åt flera hundra personer i kanalbygden.
Samtidigt kräver de gamla slussportarna och vallarna ständigt underhåll.
Mellan 2016 och 2023 satsade staten ca 1,1 mdr kr på renovering.
Arbetet omfattade bl.a. nya slussportar, förstärkta kanalbankar och nya broar.
Under vintern töms vissa delar av kanalen på vatten för att reparationerna ska kunna göras.
Kritiker har ifrågasatt om kostnaderna står i proportion till nyttan.
Förespråkarna pekar på kanalens värde som kulturarv och turistmål.
Frågan väcktes på nytt i riksdagen hösten 2022.
Göta kanal var vid tiden för invigningen Sveriges största byggnadsprojekt någonsin.
Trafikverket har klassat anläggningen som riksintresse för kulturmiljövården.
Kanalen är dessutom en viktig livsmiljö för fåglar, fiskar och groddjur.
I vallarna häckar bl.a. strandskata och drillsnäppa.
Vattnet i kanalen kommer till största delen från Vättern och Boren.
Nivåskillnaden mellan Vänern och Östersjön är ca 44 m.
Från den högsta punkten sluttar kanalen åt båda hållen.
Den östra delen slutar i Mem vid Slätbaken, en vik av Östersjön.
Den västra delen börjar i Sjötorp vid Vänerns östra strand.
Tillsammans med Trollhätte kanal bildar Göta kanal den s.k. Göta kanalled.
Leden gör det möjligt att färdas med båt hela vägen från Göteborg till Stockholm.
Sträckan är ca 610 km lång, varav en stor del går genom sjöar.
Kommunen har beslutat att bygga en ny gästhamn i Söderköping.
Hamnen ska stå klar till säsongen 2026, enligt kommunens plan.
Enligt prof. Anna Lindqvist vid Linköpings universitet är kanalen ett tidigt exempel på storskalig planering.
Hon har studerat arkiven i Motala sedan början av 2000-talet.
Det bekräftar även doc. P. Svensson i en artikel från i fjol.
Båtar med mast högre än 22 m kan inte passera broarna.
Vill man hyra en kanot kostar det ca 400 kr per dag.
Vid slussarna i Borenshult finns en liten gästhamn.
Inte alla delar av leden är lika välbesökta.
Ett tiotal broar öppnas manuellt av brovakter.
Biljetter köps på plats eller via kanalbolagets webbplats.
Bokningen öppnar vanligen i mars.
Vid hög vattenföring kan trafiken stoppas tillfälligt.
Det hände senast i juni 2023 efter kraftiga regn.
Föreningen Göta kanals vänner bildades 1981.
Den har i dag drygt 1 500 medlemmar.
Några av slussarna har elektrifierats under senare år.
De flesta sköts dock fortfarande för hand.
Nästa stora renovering planeras till 2030-talet.
Besökare uppmanas att bära flytväst på bryggorna.
