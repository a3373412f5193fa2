/**
 * GENERATED FILE: do not edit. The types of the Naast API, made from its OpenAPI document
 * (/api/v1/openapi.json) by openapi-typescript.
 * Regenerate after changing a route: npm run api:types
 * CI checks that this file is up to date: npm run api:types -- --check
 */

export interface paths {
    "/activiteiten/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Activiteitenregistratie van een aanbieder inlezen (CSV: datum;gemeenteCode;aanbiederCode;dienst;minuten;doelgroep;leeftijdscategorie;levensdomein;wijk); alles of niets
         * @description Stuur het CSV-bestand (puntkomma, UTF-8 met of zonder BOM) als body met Content-Type text/csv. Eén aanbieder per bestand; een aanbieder leest alleen de eigen activiteiten in. Bij fouten wordt niets opgeslagen en krijgt u elke foute rij met kolom (de eerste 100, en het totaal). Hetzelfde bestand nog eens inlezen voegt niets toe (alGeimporteerd). Hoogstens 256 MB.
         */
        post: operations["importActiviteiten"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/activiteiten/samenvatting": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Geleverde minuten en aantallen van één gemeente over een periode, per dienst, doelgroep, leeftijdscategorie, levensdomein en wijk
         * @description Een aanbieder ziet alleen de eigen activiteiten; gemeente, jeugdregio en landelijk zien alle aanbieders van hun gemeenten. Met ETag: stuur If-None-Match om 304 te krijgen zolang er geen activiteiten zijn ingelezen of verwijderd.
         */
        get: operations["getActiviteitenSamenvatting"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api-tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Mijn API-tokens */
        get: operations["listApiTokens"];
        put?: never;
        /** Nieuw API-token voor een koppeling; het token wordt één keer getoond */
        post: operations["createApiToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api-tokens/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** API-token intrekken */
        delete: operations["deleteApiToken"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/beleid/gemeenten/{gemeenteCode}/aanbieders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Aanbieders op de sociale kaart van de gemeente, om afspraken mee vast te leggen */
        get: operations["listBeleidAanbieders"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/beleid/gemeenten/{gemeenteCode}/afwegingskader": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Het afwegingskader cliëntondersteuning van een gemeente (versie 0 als er nog niets is opgeslagen); ETag is de versie */
        get: operations["getAfwegingskader"];
        /** Het afwegingskader opslaan (alles in één keer); stuur If-Match met de versie, of If-None-Match: * de eerste keer */
        put: operations["putAfwegingskader"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/beleid/gemeenten/{gemeenteCode}/beleidsplan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Concepttekst voor het deel cliëntondersteuning van het Wmo-beleidsplan: Markdown, HTML voor Word (.doc) of PDF */
        get: operations["getBeleidsplanConcept"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/beleid/gemeenten/{gemeenteCode}/checklist": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** De plichten uit de Wmo 2015 voor cliëntondersteuning: wat geregeld is en wat nog ontbreekt */
        get: operations["getWmoChecklist"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/beleid/gemeenten/{gemeenteCode}/dekking": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Dekking: doelgroep × leeftijd × levensdomein × aanbieder, met hiaten (geen aanbieder) en overlap (veel aanbieders) */
        get: operations["getDekking"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/beleid/jeugdregios/{jeugdregioCode}/overzicht": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** De afwegingskaders van de gemeenten in een jeugdregio naast elkaar, en de aanbieders die zij delen */
        get: operations["getRegioBeleidsoverzicht"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/budget/aantallen/{jaar}/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Inwoners en MEE-cliënten per gemeente voor een budgetjaar inlezen (kolommen gemeente;inwoners;clienten): alles of niets
         * @description Stuur het bestand als body (text/csv of XLSX). De aantallen van budgetjaar J horen bij de indeling van 1 januari J−1. Een lege cel laat het opgeslagen aantal staan. Bij één fout wordt niets opgeslagen; elke fout staat met rij en kolom in invalidParams.
         */
        post: operations["importAantallen"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/budget/bestedingen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Per gemeente het bedrag dat zij in een jaar bij MEE gaat besteden */
        get: operations["listBestedingen"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/budget/bestedingen/{bestedingsjaar}/{gemeenteCode}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Bedrag van één gemeente vastleggen; stuur If-Match met de versie om gelijktijdige wijzigingen te zien */
        put: operations["putBesteding"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/budget/bestedingen/{bestedingsjaar}/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Bestand (CSV met ; of , of XLSX) met kolommen gemeente;bedrag_eur[;toelichting] inlezen: alles of niets
         * @description Stuur het bestand als body met Content-Type text/csv of het XLSX-type. Bij één fout wordt niets opgeslagen; elke fout staat met rij en kolom in invalidParams.
         */
        post: operations["importBestedingen"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/budget/controle": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Per MEE-organisatie: som van de gemeenten tegen Tabel 3, en berekend tegen gepubliceerd */
        get: operations["getBudgetcontrole"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/budget/frictiekosten": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Frictiekosten: budget tegenover wat gemeenten bij MEE gaan besteden, per gemeente, MEE-organisatie en jeugdregio */
        get: operations["getFrictiekosten"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/budget/gebruik/{jaar}/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Werkelijk gebruik per gemeente (kolommen gemeente;clienten) inlezen voor de regionale pot: alles of niets, vervangt het jaar */
        post: operations["importGebruik"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/budget/kaart": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Budget MEE en inwoners per gemeente en jeugdregio in een gemeentelijke indeling, voor de kaart */
        get: operations["getBudgetkaart"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/budget/primaire-verdeling": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Budget per gemeente uit de primaire gegevens (inwoners en MEE-cliënten) met de verdeelsleutel, stap voor stap, met het verschil met de gepubliceerde tabel */
        get: operations["getPrimaireVerdeling"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/budget/rapport": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Rapport van het budget: landelijke totalen, de kaart in de indelingen 2013 en 2014 en de bedragen per gemeente (PDF of HTML) */
        get: operations["getBudgetrapport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/budget/regionale-pools": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Regionale pot per jeugdregio tegenover het woonplaatsbeginsel: bijdrage volgens de sleutel tegen de kosten van het werkelijke gebruik, wie wint en wie verliest
         * @description Elke gemeente draagt haar eigen budget bij; de pot betaalt het gebruik van de inwoners van de regio. Onder het woonplaatsbeginsel betaalt een gemeente de kosten van het gebruik van haar eigen inwoners (pot × eigen gebruik / gebruik in de regio). verschilCent = bijdrage − kosten eigen gebruik: positief = verliest bij een pot, negatief = wint.
         */
        get: operations["listRegionalePools"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/budget/scenario": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Een andere verdeelsleutel doorrekenen: verschil per gemeente met de gepubliceerde verdeling */
        get: operations["getBudgetscenario"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/budget/verdelingen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Budget per gemeente: gepubliceerd (Bijlage 5) of herberekend met de verdeelsleutel */
        get: operations["listBudgetverdelingen"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/budget/verdelingen/{gemeenteCode}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Uitleg van het budget van één gemeente, stap voor stap */
        get: operations["getBudgetverdeling"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dossiers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Intake: een dossier aanmaken met de eerste vraag, via elk kanaal */
        post: operations["createDossier"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dossiers/{dossierId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Eén dossier met vragen, notities, verwijzingen en bezwaren (elke inzage komt in het logboek) */
        get: operations["getDossier"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dossiers/{dossierId}/ander-ondersteuner": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** De cliënt twijfelt aan de objectiviteit van de ondersteuner en vraagt om een ander: vastgelegd en bindend. Het dossier is geblokkeerd tot een andere ondersteuner is toegewezen. */
        post: operations["requestAnderOndersteuner"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dossiers/{dossierId}/beslissers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Vastleggen wie beslist over een aanvraag van deze cliënt (standaard: uzelf). Geweigerd voor wie de cliënt ondersteunt of ondersteunde. */
        post: operations["addBeslisser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dossiers/{dossierId}/bezwaren": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Hulp bij een klacht, bezwaar of beroep vastleggen. Bij bezwaar en beroep berekent Naast de termijn: zes weken vanaf de dag na verzending (Awb 6:7, 6:8), verlengd volgens de Algemene termijnenwet. */
        post: operations["addBezwaar"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dossiers/{dossierId}/bezwaren/{bezwaarId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Indiening (ontvangst- en postdatum), uitkomst en een oordeel over verschoonbaarheid van een klacht, bezwaar of beroep vastleggen; een ingediend bezwaar verdwijnt uit de termijnbewaking */
        put: operations["putBezwaar"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dossiers/{dossierId}/clientgegevens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Gegevens van de cliënt vervangen (contact, doelgroepen, informeel netwerk, vertegenwoordiger); toestemmingen gaan apart */
        put: operations["putClientgegevens"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dossiers/{dossierId}/huishouden": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Eén gezin, één plan: dit dossier hoort voortaan bij het huishouden van een ander dossier (zelfde gemeente) en deelt diens plan */
        post: operations["joinHuishouden"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dossiers/{dossierId}/notities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Een notitie of contactmoment vastleggen (ook in een geblokkeerd dossier) */
        post: operations["addNotitie"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dossiers/{dossierId}/ondersteuner": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** De cliëntondersteuner toewijzen: een professional of een informele ondersteuner. Geweigerd voor wie over een aanvraag van deze cliënt beslist, en voor wie de cliënt eerder niet meer wilde. Heft een blokkade op. */
        put: operations["putOndersteuner"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dossiers/{dossierId}/plan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Het eigen plan van de cliënt (van het huishouden): resultaten, afspraken, wie doet wat, akkoord */
        get: operations["getPlan"];
        /** Een nieuwe versie van het plan opslaan (If-Match met de versie van het plan, 0 voor het eerste plan); met akkoordDatum als de cliënt akkoord ging */
        put: operations["putPlan"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dossiers/{dossierId}/toestemmingen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Een toestemming van de cliënt vastleggen: welke gegevens gedeeld mogen worden, met wie, vanaf wanneer */
        post: operations["addToestemming"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dossiers/{dossierId}/toestemmingen/{toestemmingId}/intrekken": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Een toestemming intrekken (kan altijd, ook in een geblokkeerd dossier); de toestemming blijft in de geschiedenis staan */
        post: operations["withdrawToestemming"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dossiers/{dossierId}/verwijzingen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** De cliënt verwijzen naar een aanbieder (niet in een geblokkeerd dossier); zonder geldige toestemming om gegevens met die aanbieder te delen volgt een waarschuwing */
        post: operations["addVerwijzing"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dossiers/{dossierId}/verwijzingen/{verwijzingId}/uitkomst": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Vastleggen wat een verwijzing opleverde */
        put: operations["putVerwijzingUitkomst"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dossiers/{dossierId}/vragen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Een nieuwe vraag van dezelfde cliënt registreren */
        post: operations["addVraag"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dossiers/{dossierId}/vragen/{vraagId}/classificatie": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Soort vraag (1–8) en mate van regie (1–5) vastleggen; het antwoord is de voorgestelde vorm van ondersteuning uit Bijlage 3 */
        post: operations["classifyVraag"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dossiers/{dossierId}/vragen/{vraagId}/ondersteuningsvorm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Het voorstel overnemen (zonder vorm) of een andere vorm kiezen; afwijken kan alleen met een reden */
        put: operations["putOndersteuningsvorm"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dossiers/{dossierId}/vragen/{vraagId}/stap": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Een vraag naar de volgende stap van het cliëntproces brengen (Figuur 1); afsluiten met een reden */
        post: operations["advanceVraag"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dossiers/caseload": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Caseload per cliëntondersteuner: open dossiers, open vragen en geblokkeerde dossiers */
        get: operations["listCaseload"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dossiers/evaluatie-steekproef": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Een steekproef van gesloten dossiers trekken voor evaluatie (formulier, huisbezoek of via een vertrouwenspersoon, naar mate van regie) */
        post: operations["drawEvaluatieSteekproef"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dossiers/mee-overdracht/continuiteit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Continuïteit van de lopende MEE-trajecten op een peildatum: nog bij MEE, afgerond, overgedragen (eigen gemeenten) */
        get: operations["getMeeContinuiteit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dossiers/mee-overdracht/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Lopende MEE-trajecten op de overgangsdatum inlezen (CSV of XLSX: gemeente;client_naam;geboortejaar;startdatum;mee_organisatie;mee_ondersteuner;vraag[;soort_ondersteuner]); alles of niets
         * @description Elke regel wordt een dossier van de gemeente met de MEE-ondersteuner als cliëntondersteuner (die het traject afmaakt, gemiddeld vier maanden) en de vraag bij "vragen verhelderen". Alleen gemeenten waarvoor u mag importeren.
         */
        post: operations["importMeeOverdracht"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dossiers/werkvoorraad": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Werkvoorraad: mijn dossiers, dossiers zonder ondersteuner, dossiers met een (bijna) verlopen termijn, of alle open dossiers; het dringendste eerst (verlopen termijn, dan de eerstvolgende termijn, dan het langst geen contact)
         * @description Filters zijn codes en getallen, nooit namen of een BSN: zo kan het adres gedeeld en herladen worden. Zoeken op naam of BSN gaat met POST /dossiers/zoeken.
         */
        get: operations["listWerkvoorraad"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dossiers/zoeken": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Dossiers zoeken op (een deel van) de naam, stap, ondersteuner of BSN. POST, zodat een BSN nooit in een URL of toegangslog staat. */
        post: operations["searchDossiers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/gebruikers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** De gebruikers die u beheert, met hun rollen in uw beheer (een landelijke beheerder: alle gebruikers) */
        get: operations["listGebruikers"];
        put?: never;
        /** Gebruiker aanmaken */
        post: operations["createGebruiker"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/gebruikers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Eén gebruiker */
        get: operations["getGebruiker"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Gebruiker wijzigen (naam, rollen, blokkeren, ontgrendelen, wachtwoord); stuur If-Match met de versie */
        patch: operations["patchGebruiker"];
        trace?: never;
    };
    "/gebruikers/{id}/tweede-factor": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Herstel: de authenticator-app van een gebruiker verwijderen (de gebruiker stelt daarna een nieuwe in) */
        delete: operations["deleteTweedeFactor"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/gemeentelijke-indelingen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Gemeentelijke indelingen per 1 januari, met de herindelingen die erin uitmonden */
        get: operations["listGemeentelijkeIndelingen"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/gemeentelijke-indelingen/{jaar}/kaart": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Gemeentegrenzen van een gemeentelijke indeling (GeoJSON), voor kaarten per gemeente of jeugdregio
         * @description De grenzen van de gemeenten in de indeling van dit jaar (CBS, CC BY 4.0, vereenvoudigd voor een kaart van heel Nederland). Met ETag: stuur If-None-Match om 304 te krijgen als de kaart niet veranderd is.
         */
        get: operations["getGemeentenKaart"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/gemeenten": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Gemeenten in een gemeentelijke indeling, met jeugdregio en MEE-organisatie */
        get: operations["listGemeenten"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Leeft de server? (zonder databasecontrole) */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Kan de server verzoeken afhandelen? (controleert de database)
         * @description Controleert de database op een eigen verbinding (niet die van de verzoeken), met een tijdslimiet van 2 seconden. HTTP 503 met Retry-After als een onderdeel niet werkt.
         */
        get: operations["getReadiness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/jeugdregios": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** De 41 jeugdregio’s */
        get: operations["listJeugdregios"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/logboek": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Logboek dataverwerkingen doorzoeken (nieuwste eerst)
         * @description Een privacyfunctionaris van een gemeente ziet alleen de regels van de eigen gemeente; landelijk ziet alles. Pseudoniemen verschillen per gemeente. Bladeren kan met pagina, of sneller met voorVolgnummer (de link rel="next" gebruikt dat). X-Total-Count is exact tot 10.000 regels; daarboven een schatting, en dan staat X-Total-Count-Geschat op true.
         */
        get: operations["listLogboek"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/logboek/controle": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Controleer de hashketen van het logboek */
        get: operations["getLogboekControle"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mee-organisaties": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** De 22 MEE-organisaties met hun naamvarianten */
        get: operations["listMeeOrganisaties"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mijn-account/wachtwoord": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Eigen wachtwoord wijzigen; uw andere sessies eindigen en uw API-tokens worden ingetrokken */
        put: operations["putMijnWachtwoord"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/monitor/escalaties": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Escalatielijst over alle rondes: geëscaleerde gemeenten en gemeenten waarvan de deadline voor toelichting verstreek zonder nieuw antwoord; ook als download */
        get: operations["listEscalaties"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/monitor/herinneringen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Herinneringen nu versturen aan gemeenten zonder ingediend antwoord (in de app, en per e-mail als SMTP is ingesteld); nooit twee keer dezelfde */
        post: operations["runHerinneringen"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/monitor/meldingen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Herinneringen in de app voor de gemeenten waarvoor u mag kijken, nieuwste eerst */
        get: operations["listMeldingen"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/monitor/rondes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Rondes van de transitiemonitor */
        get: operations["listRondes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/monitor/rondes/{rondeId}/achterblijvers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Achterblijvende gemeenten (geen antwoord, geen afspraken of geen gecontracteerde aanbieder), ook als download */
        get: operations["listAchterblijvers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/monitor/rondes/{rondeId}/antwoorden/{gemeenteCode}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** De antwoorden van een gemeente: de huidige versie en alle eerdere versies */
        get: operations["getAntwoorden"];
        /** Antwoorden opslaan als concept (elke keer een nieuwe versie); stuur If-Match */
        put: operations["putAntwoorden"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/monitor/rondes/{rondeId}/antwoorden/{gemeenteCode}/accepteren": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Een ingediend antwoord accepteren */
        post: operations["acceptAntwoorden"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/monitor/rondes/{rondeId}/antwoorden/{gemeenteCode}/indienen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Antwoorden indienen; alle fouten tegelijk, waarschuwingen in het antwoord */
        post: operations["submitAntwoorden"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/monitor/rondes/{rondeId}/antwoorden/{gemeenteCode}/toelichting-vragen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Om toelichting vragen bij een ingediend antwoord; legt dit ook vast in de opvolging, met een uiterlijke datum als die is meegestuurd */
        post: operations["requestToelichting"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/monitor/rondes/{rondeId}/antwoorden/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Antwoorden inlezen (CSV of XLSX: gemeente;fase;a;b;c;d;e;f;budget_mee_2015_eur;toelichting; optioneel andere_aanbieders en definitieve_afspraken, een ontbrekende kolom is onbekend); alles of niets; alleen gemeenten waarvoor u mag inlezen */
        post: operations["importAntwoorden"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/monitor/rondes/{rondeId}/bronnen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Beide bronnen van een ronde naast elkaar: het Transitievolgsysteem en de monitor van MEE Nederland, met de uitspraken uit de brondocumenten */
        get: operations["getRondeBronnen"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/monitor/rondes/{rondeId}/gemeenten": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Status per gemeente in een ronde (alleen de gemeenten waarvoor u mag kijken) */
        get: operations["listRondeGemeenten"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/monitor/rondes/{rondeId}/jeugdregios/{jeugdregioCode}/antwoorden": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Eén antwoord van de jeugdregio voor al haar gemeenten, met afwijkingen per gemeente; alles of niets */
        post: operations["submitRegioAntwoorden"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/monitor/rondes/{rondeId}/mee-monitor/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** De MEE-monitor (tweede bron) inlezen: CSV of XLSX met gemeente;fase;datum; alles of niets; vervangt de vorige stand van de ronde voor de gemeenten waarvoor u mag inlezen (landelijk: de hele ronde) */
        post: operations["importMeeMonitor"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/monitor/rondes/{rondeId}/opvolging": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Opvolging: elke achterblijvende gemeente van de ronde (en elke gemeente met opvolging) met team, deadline, escalatie en gebeurtenissen */
        get: operations["listOpvolging"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/monitor/rondes/{rondeId}/opvolging/{gemeenteCode}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Ondersteuningsteam, deadline voor toelichting en escalatie vastleggen; stuur If-Match met de versie (412 als die verouderd is) */
        put: operations["putOpvolging"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/monitor/rondes/{rondeId}/opvolging/{gemeenteCode}/gebeurtenissen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Een contact, besluit of escalatie vastleggen, met een notitie (een escalatie zet ook geëscaleerd aan) */
        post: operations["addOpvolgingGebeurtenis"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/monitor/rondes/{rondeId}/rapport": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Afdrukbaar rapport van een ronde voor een brief aan de Kamer: HTML (met print-opmaak) of PDF */
        get: operations["getRondeRapport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/monitor/rondes/{rondeId}/samenvatting": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Landelijke samenvatting: respons, fasen, eisen a–f, per jeugdregio en MEE-organisatie, achterblijvers en zinnen
         * @description Met ETag: stuur If-None-Match om 304 te krijgen zolang er in deze ronde geen antwoord is opgeslagen.
         */
        get: operations["getRondeSamenvatting"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/monitor/rondes/{rondeId}/tabellen/{tabel}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Een tabel uit de samenvatting (fasen, eisen, jeugdregios, mee-organisaties) als download */
        get: operations["getRondeTabel"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/monitor/rondes/{rondeId}/veranderingen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Wat veranderde sinds de vorige ronde: aantallen per fase nu en toen, en de gemeenten waarvan de fase veranderde */
        get: operations["getRondeVeranderingen"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/monitor/rondes/{rondeId}/vergelijking": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Transitiemonitor naast de MEE-monitor: per gemeente beide fasen, met aantallen per soort; ook als download */
        get: operations["getVergelijkingMeeMonitor"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/monitor/rondes/{rondeId}/vragenlijst": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** De vragenlijst van een ronde, met de validatieregels (als gegevens) */
        get: operations["getVragenlijst"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/monitor/trend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Verloop over de rondes: respons en fasen; de vraag naar definitieve afspraken per reeks (breuk waar de vraag veranderde) */
        get: operations["getMonitorTrend"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/monitor/trend/maanden": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Verloop per maand: de huidige antwoorden van elke ronde in de maand (Nederlandse tijd) waarin ze zijn gegeven */
        get: operations["getMonitorTrendPerMaand"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/monitor/uitspraken": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Uitspraken uit de brondocumenten over de transitie, per bron (TVS, monitor van MEE Nederland) en datum, met vindplaats */
        get: operations["listMonitorUitspraken"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/oidc/configuratie": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Is inloggen via de identiteitsprovider van de organisatie mogelijk? */
        get: operations["getOidcConfiguratie"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/oidc/inloggen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Inloggen via de identiteitsprovider: stuurt de browser door naar de provider */
        get: operations["startOidcInloggen"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/oidc/terugkeer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Terugkeer van de identiteitsprovider (redirect URI): maakt de sessie aan */
        get: operations["afrondenOidcInloggen"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organisaties/{organisatieSoort}/{organisatieCode}/beveiliging": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Beveiligingsinstellingen van een organisatie (tweede stap bij inloggen verplicht?) */
        get: operations["getOrganisatieBeveiliging"];
        /**
         * Beveiligingsinstellingen van een organisatie wijzigen
         * @description Met tweedeFactorVerplicht moet iedereen met een rol bij deze organisatie die met een wachtwoord inlogt ook een code uit een authenticator-app geven; sessies die alleen met een wachtwoord zijn geopend, eindigen meteen. Inloggen via de identiteitsprovider (OIDC) regelt de tweede stap bij de provider.
         */
        put: operations["putOrganisatieBeveiliging"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/portaal/inloggen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Inloggen als inwoner (in productie met DigiD via een makelaar): stuurt de browser door naar de identiteitsprovider */
        get: operations["startInwonerInloggen"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/portaal/mijn-vragen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** De eigen vragen van de ingelogde inwoner: de stap in gewone taal, de cliëntondersteuner en het eigen plan. Nooit die van een ander. */
        get: operations["listMijnVragen"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/portaal/mijn-vragen/{vraagReferentie}/ander-ondersteuner": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** De inwoner vraagt om een andere cliëntondersteuner (Bijlage 2): vastgelegd en bindend. De ondersteuning wacht tot een ander is toegewezen. */
        post: operations["vraagAndereOndersteuner"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/portaal/terugkeer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Terugkeer van de identiteitsprovider voor inwoners (redirect URI): maakt de sessie aan met de rol inwoner */
        get: operations["afrondenInwonerInloggen"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/portaal/vragen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Een inwoner stelt online een vraag (zonder in te loggen). Wordt een intake in de werkvoorraad "niet toegewezen" van de gemeente; als de inwoner is ingelogd, staat de vraag ook onder "Mijn vragen". */
        post: operations["stelVraag"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/register/doorrekening/budget": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** De gepubliceerde verdeling 2014 (Bijlage 5) doorgerekend naar de indeling van een later jaar */
        get: operations["getBudgetDoorgerekend"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/register/doorrekening/monitor/{rondeId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** De stand van een monitorronde per gemeente, doorgerekend naar de indeling van een later jaar */
        get: operations["getMonitorDoorgerekend"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/register/gemeenten/{code}/geschiedenis": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Geschiedenis van een gemeentecode: geldigheid, voorgangers, opvolgers en waar het gebied nu ligt */
        get: operations["getGemeenteGeschiedenis"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/register/indelingen/{jaar}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** De gemeentelijke indeling op 1 januari van een jaar (2013–2026), met de herindelingen die erin uitmonden */
        get: operations["getIndelingOpJaar"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sessies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Inloggen met gebruikersnaam en wachtwoord */
        post: operations["createSessie"];
        /** Overal uitloggen: alle sessies van de gebruiker beëindigen */
        delete: operations["deleteSessies"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sessies/huidige": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Wie ben ik? De ingelogde gebruiker en het CSRF-token */
        get: operations["getHuidigeSessie"];
        put?: never;
        post?: never;
        /** Uitloggen */
        delete: operations["deleteHuidigeSessie"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sociale-kaart/aanbieders/{aanbiederId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Eén aanbieder */
        get: operations["getAanbieder"];
        /** Een aanbieder wijzigen (met If-Match) */
        put: operations["putAanbieder"];
        post?: never;
        /** Een aanbieder met al zijn diensten en locaties verwijderen (met If-Match) */
        delete: operations["deleteAanbieder"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sociale-kaart/aanbieders/{aanbiederId}/diensten": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Een dienst van de aanbieder toevoegen */
        post: operations["createDienst"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sociale-kaart/aanbieders/{aanbiederId}/locaties": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Een locatie van de aanbieder toevoegen */
        post: operations["createLocatie"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sociale-kaart/diensten/{dienstId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Eén dienst met aanbieder en locaties (openbaar) */
        get: operations["getDienst"];
        /** Een dienst wijzigen (met If-Match) */
        put: operations["putDienst"];
        post?: never;
        /** Een dienst verwijderen (met If-Match) */
        delete: operations["deleteDienst"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sociale-kaart/diensten/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** De diensten van de sociale kaart van een gemeente als CSV (puntkomma, UTF-8 met BOM) of XLSX */
        get: operations["exportDiensten"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sociale-kaart/diensten/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Diensten inlezen uit CSV (; of ,) of XLSX met de kolommen van de export: toevoegen (lege dienst_id) en wijzigen, alles of niets
         * @description Stuur het bestand als body met Content-Type text/csv of het XLSX-type. Elke fout staat met rij en kolom in invalidParams.
         */
        post: operations["importDiensten"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sociale-kaart/gemeenten/{gemeenteCode}/aanbieders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** De sociale kaart die de gemeente bijhoudt: aanbieders met hun diensten en locaties */
        get: operations["listAanbieders"];
        put?: never;
        /** Een aanbieder toevoegen aan de sociale kaart van de gemeente */
        post: operations["createAanbieder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sociale-kaart/gemeenten/{gemeenteCode}/veelgestelde-vragen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Alle veelgestelde vragen van de gemeente, ook niet gepubliceerde */
        get: operations["listVeelgesteldeVragenBeheer"];
        put?: never;
        /** Een veelgestelde vraag toevoegen */
        post: operations["createVeelgesteldeVraag"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sociale-kaart/hsds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * De sociale kaart van een gemeente als Open Referral HSDS 3.0 (JSON), in elke vorm van de standaard
         * @description vorm: kaart (standaard: organizations, services, locations, service_at_locations en taxonomies als lijsten), tabellen (bundel tabellen zoals tabular.json), dienst, organisatie of dienstLocatie (één document zoals de HSDS-API het geeft; met id), diensten, organisaties of dienstLocaties (lijstpagina met contents). Het datapakket (CSV-bestanden in een zip) staat op /sociale-kaart/hsds/datapakket. Ingelezen gegevens komen terug zoals ze binnenkwamen, met de wijzigingen in Naast erin (docs/hsds-profile-nl.md).
         */
        get: operations["exportHsds"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sociale-kaart/hsds/datapakket": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** De sociale kaart van een gemeente als HSDS 3.0-datapakket: een zip met datapackage.json en één CSV-bestand per tabel */
        get: operations["exportHsdsDatapakket"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sociale-kaart/hsds/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * HSDS 3.0-gegevens inlezen in elke vorm van de standaard, in één transactie (alles of niets), idempotent op id
         * @description JSON: één service-, organization- of service_at_location-document, een lijstpagina (contents), een bundel tabellen (zoals tabular.json), Naasts eigen export, of CSV-bestanden als {"services.csv": "tekst", …}. Of een zip (application/zip) met datapackage.json en de CSV-bestanden. Een volledige kaart, bundel of datapakket vervangt de kaart van de gemeente; een document of lijstpagina voegt toe en wijzigt. Elke fout staat in invalidParams met het JSON-pad (bijvoorbeeld $.services[3].attributes[1].taxonomy_term_id). Profiel: docs/hsds-profile-nl.md.
         */
        post: operations["importHsds"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sociale-kaart/hulpvraag": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Wat de voordeur van de inwoner toont: de best passende diensten voor een vraag in eigen woorden, wat Naast begreep, en een weg verder als niets past
         * @description Dezelfde zoekmachine als /sociale-kaart/zoeken (Nederlandse woordstammen, tikfouten, woordenlijst van inwonerswoorden). Als niets past, noemt `verderHelpen` het algemene loket van de gemeente en het formulier om een vraag te stellen: nooit een doodlopende weg.
         */
        get: operations["beantwoordHulpvraag"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sociale-kaart/locaties/{locatieId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Eén locatie */
        get: operations["getLocatie"];
        /** Een locatie wijzigen (met If-Match) */
        put: operations["putLocatie"];
        post?: never;
        /** Een locatie verwijderen (met If-Match) */
        delete: operations["deleteLocatie"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sociale-kaart/taxonomie": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** De vaste lijsten: doelgroepen (Tabel 1), soorten aanbieders met werkwijze (Tabel 2), relaties (§3.2), kanalen en meer */
        get: operations["getSocialeKaartTaxonomie"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sociale-kaart/veelgestelde-vragen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** De gepubliceerde veelgestelde vragen van een gemeente */
        get: operations["listVeelgesteldeVragen"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sociale-kaart/veelgestelde-vragen/{faqId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Een veelgestelde vraag wijzigen (met If-Match) */
        put: operations["putVeelgesteldeVraag"];
        post?: never;
        /** Een veelgestelde vraag verwijderen (met If-Match) */
        delete: operations["deleteVeelgesteldeVraag"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sociale-kaart/zoeken": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Hulp zoeken op de sociale kaart: op vraag, gemeente, plaats, leeftijd, doelgroep, leefgebied en manier van contact
         * @description Best passende diensten eerst. Paginering met de Link-header (first, prev, next, last) en X-Total-Count.
         */
        get: operations["zoekHulp"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tweede-factor": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Een authenticator-app instellen (TOTP): geeft het geheim; bevestig door in te loggen met de eerste code
         * @description Met gebruikersnaam en wachtwoord, zodat het ook kan vóór de eerste keer inloggen als de organisatie een tweede stap verplicht. Een ingestelde app vervangen kan alleen via de beheerder.
         */
        post: operations["startTweedeFactor"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/verantwoording/clientervaring": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Cliëntervaring per aanbieder en periode met responspercentage; als CSV/XLSX één regel per vragenlijst (voor het Wmo-cliëntervaringsonderzoek) */
        get: operations["getClientervaring"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/verantwoording/clientervaring/antwoorden": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Eén ingevulde vragenlijst vastleggen (anoniem; scores 1–5 op: bereikbaar, serieus, samen, onafhankelijk, regie, passend) */
        post: operations["addClientervaringAntwoord"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/verantwoording/clientervaring/uitnodigingen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Vastleggen hoeveel cliënten de vragenlijst kregen: een aantal, of de dossiers van een evaluatiesteekproef */
        post: operations["addClientervaringUitnodiging"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/verantwoording/dashboard/aanbieder": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** De eigen rapportages van de aanbieder, per gemeente en periode (voor grafieken en export) */
        get: operations["getVerantwoordingDashboardAanbieder"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/verantwoording/dashboard/gemeente/{dashGemeenteCode}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Alle rapportages van de aanbieders van een gemeente over de perioden (voor grafieken en export) */
        get: operations["getVerantwoordingDashboardGemeente"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/verantwoording/mee-informatiepakket/{pakketGemeenteCode}/{jaar}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** MEE-informatiepakket van een gemeente (§4.3, §4.6): cliënten naar leeftijd, doelgroep en levensdomein uit de dossiers; collectieve taken, netwerken, toerusting, plustaken en IVH */
        get: operations["getMeeInformatiepakket"];
        /** De delen van het informatiepakket invullen die niet uit de dossiers komen (MEE-organisatie; met If-Match) */
        put: operations["putMeeInformatiepakket"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/verantwoording/mee-informatiepakket/{pakketGemeenteCode}/{jaar}/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Het informatiepakket inlezen uit CSV of XLSX (onderdeel;omschrijving); alles of niets */
        post: operations["importMeeInformatiepakket"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/verantwoording/perioden": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** De perioden en rapportages die u ziet: van uw eigen aanbieder, of van de aanbieders van uw gemeente */
        get: operations["listVerantwoordingsPerioden"];
        put?: never;
        /** Een verantwoordingsperiode openen voor een aanbieder en bekostigingsvorm; Naast vult in wat de dossiers al weten */
        post: operations["createVerantwoordingsPeriode"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/verantwoording/perioden/{periodeId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Eén rapportage met waarden, voorinvulling en berichten */
        get: operations["getVerantwoordingsRapportage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/verantwoording/perioden/{periodeId}/accepteren": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Een ingediende rapportage accepteren (definitief) */
        post: operations["acceptVerantwoording"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/verantwoording/perioden/{periodeId}/berichten": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Een bericht bij de rapportage (antwoord op een vraag, of een opmerking) */
        post: operations["addVerantwoordingBericht"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/verantwoording/perioden/{periodeId}/herberekenen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** De cijfers uit de dossiers opnieuw berekenen en invullen (aanbieder; andere waarden blijven staan) */
        post: operations["recomputeVerantwoording"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/verantwoording/perioden/{periodeId}/herkomst": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Welke dossiers achter elk voor-ingevuld cijfer zitten (alleen voor de eigen gemeente; alleen dossier-ids) */
        get: operations["getVerantwoordingHerkomst"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/verantwoording/perioden/{periodeId}/indienen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** De rapportage indienen bij de gemeente */
        post: operations["submitVerantwoording"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/verantwoording/perioden/{periodeId}/sjabloon": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Het invulbestand (veld;categorie;waarde) met wat al bekend is, als CSV of XLSX */
        get: operations["getVerantwoordingsSjabloonBestand"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/verantwoording/perioden/{periodeId}/upload": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** De rapportage inlezen uit CSV of XLSX (veld;categorie;waarde); alles of niets, elke foute cel met rij en kolom */
        post: operations["uploadVerantwoording"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/verantwoording/perioden/{periodeId}/vragen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Vragen stellen over een ingediende rapportage; de aanbieder kan dan aanvullen en opnieuw indienen */
        post: operations["askVerantwoordingVraag"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/verantwoording/perioden/{periodeId}/waarden": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** De waarden van de rapportage vervangen (aanbieder; met If-Match) */
        put: operations["putVerantwoordingsWaarden"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/verantwoording/raadsrapportage/{raadGemeenteCode}/{jaar}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Horizontale verantwoording voor de gemeenteraad: kosten, bereik, cliëntervaring en hiaten, met grafieken; HTML (print-opmaak), PDF of XLSX-bijlage */
        get: operations["getRaadsrapportage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/verantwoording/sjablonen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** De formulieren per bekostigingsvorm (functie, product, project, populatie), met cliëntervaring bij alle vier */
        get: operations["listVerantwoordingSjablonen"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/verantwoording/totalen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Landelijke of regionale totalen van de geaccepteerde rapportages: alleen aantallen, kleine aantallen (< 5) weggelaten */
        get: operations["getVerantwoordingTotalen"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        Aanbieder: {
            /**
             * @default professioneel
             * @enum {string}
             */
            bemensing: "professioneel" | "vrijwillig" | "beide";
            diensten?: {
                aanbiederId: string;
                /**
                 * @description Doelgroepen uit Tabel 1; leeg = iedereen
                 * @default []
                 */
                doelgroepen: ("ouderen" | "verstandelijke-beperking" | "psychische-problemen" | "autisme" | "chronisch-zieken" | "lichamelijke-beperking" | "nah" | "zintuiglijke-problemen" | "jonge-kinderen-ontwikkeling" | "relationeel-geweld" | "financiele-problemen" | "huishoudelijke-hulp" | "werk-en-scholing" | "opvoeding" | "problemen-bij-kinderen" | "dak-en-thuislozen" | "meervoudige-problematiek")[];
                /** @default null */
                email: string | null;
                /**
                 * @description Werkgebied; leeg = de eigen gemeente
                 * @default []
                 */
                gemeenten: string[];
                /** @default true */
                gratis: boolean;
                /**
                 * @description Tabel 2: hoe de dienst werkt
                 * @default
                 */
                hoe: string;
                /** @default false */
                huisbezoek: boolean;
                id: string;
                /** @default null */
                inloopspreekuur: string | null;
                /** @default [] */
                kanalen: ("telefoon" | "e-mail" | "website" | "inloop" | "huisbezoek")[];
                /**
                 * @description Leeg = alle leefgebieden
                 * @default []
                 */
                leefgebieden: ("opvoeding_en_ontwikkeling" | "zelfstandig_wonen_en_samenleven" | "leren_en_werken" | "regelgeving_en_geldzaken" | "vrienden_en_relaties" | "vrije_tijd_en_sport")[];
                /**
                 * @description Leeg = alle leeftijden
                 * @default []
                 */
                leeftijden: ("0-18" | "18-25" | "25-65" | "65+")[];
                /**
                 * @description Locaties van dezelfde aanbieder waar de dienst gegeven wordt
                 * @default []
                 */
                locatieIds: string[];
                naam: string;
                /** @default  */
                omschrijving: string;
                /**
                 * @default active
                 * @enum {string}
                 */
                status: "active" | "inactive" | "defunct" | "temporarily closed";
                /**
                 * @description Taalcodes (ISO 639-1)
                 * @default [
                 *       "nl"
                 *     ]
                 */
                talen: string[];
                /** @default null */
                telefonischeBereikbaarheid: string | null;
                /** @default null */
                telefoon: string | null;
                /** @default [] */
                trefwoorden: string[];
                versie: number;
                /**
                 * @description Tabel 2: wat de dienst doet
                 * @default
                 */
                wat: string;
                /** @default null */
                website: string | null;
            }[];
            /** @default null */
            email: string | null;
            gemeenteCode: string;
            id: string;
            locaties?: components["schemas"]["Locatie"][];
            naam: string;
            /** @default  */
            omschrijving: string;
            /** @default [] */
            relaties: {
                gemeenteCode: string;
                /**
                 * @description §3.2: hoe de gemeente zich tot de aanbieder verhoudt
                 * @enum {string}
                 */
                relatie: "stichting-gefinancierd" | "stichting-niet-gefinancierd" | "onderdeel-welzijnsorganisatie" | "onderdeel-zorginstelling" | "gemeentelijk";
            }[];
            /**
             * @description Soort aanbieder (Tabel 1 en 2)
             * @enum {string}
             */
            soort: "ouderenadviseur" | "mee" | "steunpunt-ggz" | "informele-zorg" | "amw" | "sociaal-raadslieden" | "shg" | "cjg" | "wmo-loket" | "sociaal-wijkteam" | "clientenorganisatie" | "anders";
            /** @default null */
            telefoon: string | null;
            versie: number;
            /** @default null */
            website: string | null;
        };
        AanbiederInvoerInput: {
            /**
             * @default professioneel
             * @enum {string}
             */
            bemensing: "professioneel" | "vrijwillig" | "beide";
            /** @default null */
            email: string | null;
            naam: string;
            /** @default  */
            omschrijving: string;
            /** @default [] */
            relaties: {
                gemeenteCode: string;
                /**
                 * @description §3.2: hoe de gemeente zich tot de aanbieder verhoudt
                 * @enum {string}
                 */
                relatie: "stichting-gefinancierd" | "stichting-niet-gefinancierd" | "onderdeel-welzijnsorganisatie" | "onderdeel-zorginstelling" | "gemeentelijk";
            }[];
            /**
             * @description Soort aanbieder (Tabel 1 en 2)
             * @enum {string}
             */
            soort: "ouderenadviseur" | "mee" | "steunpunt-ggz" | "informele-zorg" | "amw" | "sociaal-raadslieden" | "shg" | "cjg" | "wmo-loket" | "sociaal-wijkteam" | "clientenorganisatie" | "anders";
            /** @default null */
            telefoon: string | null;
            /** @default null */
            website: string | null;
        };
        Aandeel: {
            noemer: number;
            percentage: number;
            /** @description Bijvoorbeeld "63% (254 van de 403 gemeenten)" */
            tekst: string;
            teller: number;
        };
        AantallenImportResultaat: {
            /** @description Aantal ingelezen gemeenten */
            aantal: number;
        };
        ActiviteitenImportResultaat: {
            aanbiederCode: string;
            aantalRegels: number;
            /** @description Dit bestand (zelfde sha256) was al ingelezen: er is niets toegevoegd */
            alGeimporteerd: boolean;
            bestandsnaam: string;
            geimporteerdOp: string;
            importId: string;
            minuten: number;
        };
        ActiviteitenSamenvatting: {
            /** @description Alleen de activiteiten van deze aanbieders (uw eigen organisatie); null: alle aanbieders */
            alleenAanbieders: string[] | null;
            gemeenteCode: string;
            perDienst: components["schemas"]["ActiviteitenTelling"][];
            perDoelgroep: components["schemas"]["ActiviteitenTelling"][];
            perLeeftijdscategorie: components["schemas"]["ActiviteitenTelling"][];
            perLevensdomein: components["schemas"]["ActiviteitenTelling"][];
            perWijk: components["schemas"]["ActiviteitenTelling"][];
            /** Format: date */
            tot: string;
            totaal: {
                minuten: number;
                regels: number;
            };
            /** Format: date */
            van: string;
        };
        ActiviteitenTelling: {
            minuten: number;
            regels: number;
            /** @description Leeg (null): niet ingevuld */
            waarde: string | null;
        };
        Afwegingskader: {
            /**
             * @description §3.2: in stand houden, zelf organiseren, één regisserende organisatie
             * @default []
             */
            aanpak: ("in-stand-houden" | "zelf-organiseren" | "regisserende-organisatie")[];
            /** @default [] */
            afspraken: components["schemas"]["BeleidAfspraak"][];
            gemeenteCode: string;
            gewijzigdOp: string | null;
            /** @default [] */
            kanalen: components["schemas"]["BeleidKanaal"][];
            /**
             * @description §3.5: regionaal budget of woonplaatsbeginsel
             * @default geen
             * @enum {string}
             */
            regionaleBekostiging: "geen" | "regionaal-budget" | "woonplaatsbeginsel";
            /**
             * Format: uuid
             * @default null
             */
            regisserendeAanbiederId: string | null;
            /**
             * @default lokaal
             * @enum {string}
             */
            schaal: "lokaal" | "regionaal" | "lokaal-en-regionaal";
            /** @default  */
            toelichting: string;
            /**
             * @description §3.6: sociale wijkteams, één loket, onafhankelijke organisatie (combinaties mogen)
             * @default []
             */
            varianten: ("sociale-wijkteams" | "een-loket" | "onafhankelijke-organisatie")[];
            /** @description 0 als er nog niets is opgeslagen */
            versie: number;
            /** @default [] */
            waarborgen: components["schemas"]["BeleidWaarborg"][];
        };
        AfwegingskaderInvoer: {
            /**
             * @description §3.2: in stand houden, zelf organiseren, één regisserende organisatie
             * @default []
             */
            aanpak: ("in-stand-houden" | "zelf-organiseren" | "regisserende-organisatie")[];
            /** @default [] */
            afspraken: components["schemas"]["BeleidAfspraak"][];
            /** @default [] */
            kanalen: components["schemas"]["BeleidKanaal"][];
            /**
             * @description §3.5: regionaal budget of woonplaatsbeginsel
             * @default geen
             * @enum {string}
             */
            regionaleBekostiging: "geen" | "regionaal-budget" | "woonplaatsbeginsel";
            /**
             * Format: uuid
             * @default null
             */
            regisserendeAanbiederId: string | null;
            /**
             * @default lokaal
             * @enum {string}
             */
            schaal: "lokaal" | "regionaal" | "lokaal-en-regionaal";
            /** @default  */
            toelichting: string;
            /**
             * @description §3.6: sociale wijkteams, één loket, onafhankelijke organisatie (combinaties mogen)
             * @default []
             */
            varianten: ("sociale-wijkteams" | "een-loket" | "onafhankelijke-organisatie")[];
            /** @default [] */
            waarborgen: components["schemas"]["BeleidWaarborg"][];
        };
        AfwegingskaderInvoerInput: {
            /**
             * @description §3.2: in stand houden, zelf organiseren, één regisserende organisatie
             * @default []
             */
            aanpak: ("in-stand-houden" | "zelf-organiseren" | "regisserende-organisatie")[];
            /** @default [] */
            afspraken: components["schemas"]["BeleidAfspraakInput"][];
            /** @default [] */
            kanalen: components["schemas"]["BeleidKanaalInput"][];
            /**
             * @description §3.5: regionaal budget of woonplaatsbeginsel
             * @default geen
             * @enum {string}
             */
            regionaleBekostiging: "geen" | "regionaal-budget" | "woonplaatsbeginsel";
            /**
             * Format: uuid
             * @default null
             */
            regisserendeAanbiederId: string | null;
            /**
             * @default lokaal
             * @enum {string}
             */
            schaal: "lokaal" | "regionaal" | "lokaal-en-regionaal";
            /** @default  */
            toelichting: string;
            /**
             * @description §3.6: sociale wijkteams, één loket, onafhankelijke organisatie (combinaties mogen)
             * @default []
             */
            varianten: ("sociale-wijkteams" | "een-loket" | "onafhankelijke-organisatie")[];
            /** @default [] */
            waarborgen: components["schemas"]["BeleidWaarborgInput"][];
        };
        AndereOndersteunerVerzoekInput: {
            /** @description In de eigen woorden, of null als de inwoner liever geen reden geeft */
            reden: string | null;
        };
        Antwoorden: {
            /**
             * @description Andere aanbieders van cliëntondersteuning waarmee afspraken zijn; [] = geen, null = niet bekend (telt niet als geen)
             * @default []
             */
            andereAanbieders: string[] | null;
            budgetMee2015Cent: number | null;
            /**
             * @description Antwoord op de vraag naar definitieve afspraken van deze ronde (zie ronde.vraagDefinitieveAfspraken): verwachting of realisatie
             * @enum {string|null}
             */
            definitieveAfspraken?: "ja" | "nee" | null;
            eisen: {
                a?: {
                    /** @enum {string|null} */
                    antwoord: "ja" | "nee" | "gedeeltelijk" | null;
                    /** @default  */
                    toelichting: string;
                };
                b?: {
                    /** @enum {string|null} */
                    antwoord: "ja" | "nee" | "gedeeltelijk" | null;
                    /** @default  */
                    toelichting: string;
                };
                c?: {
                    /** @enum {string|null} */
                    antwoord: "ja" | "nee" | "gedeeltelijk" | null;
                    /** @default  */
                    toelichting: string;
                };
                d?: {
                    /** @enum {string|null} */
                    antwoord: "ja" | "nee" | "gedeeltelijk" | null;
                    /** @default  */
                    toelichting: string;
                };
                e?: {
                    /** @enum {string|null} */
                    antwoord: "ja" | "nee" | "gedeeltelijk" | null;
                    /** @default  */
                    toelichting: string;
                };
                f?: {
                    /** @enum {string|null} */
                    antwoord: "ja" | "nee" | "gedeeltelijk" | null;
                    /** @default  */
                    toelichting: string;
                };
            };
            /**
             * @description Hoe ver zijn de afspraken met MEE?
             * @enum {string|null}
             */
            fase: "geen" | "in_voorbereiding" | "ambtelijk" | "college" | "definitief" | null;
            /** @default  */
            toelichting: string;
        };
        AntwoordenGemeente: {
            /** @enum {string} */
            status: "niet_gestart" | "concept" | "ingediend" | "toelichting_gevraagd" | "geaccepteerd";
            versies: components["schemas"]["AntwoordVersie"][];
        };
        AntwoordenImportResultaat: {
            aantal: number;
        };
        AntwoordenInput: {
            /**
             * @description Andere aanbieders van cliëntondersteuning waarmee afspraken zijn; [] = geen, null = niet bekend (telt niet als geen)
             * @default []
             */
            andereAanbieders: string[] | null;
            budgetMee2015Cent: number | null;
            /**
             * @description Antwoord op de vraag naar definitieve afspraken van deze ronde (zie ronde.vraagDefinitieveAfspraken): verwachting of realisatie
             * @enum {string|null}
             */
            definitieveAfspraken?: "ja" | "nee" | null;
            eisen: {
                a?: {
                    /** @enum {string|null} */
                    antwoord: "ja" | "nee" | "gedeeltelijk" | null;
                    /** @default  */
                    toelichting: string;
                };
                b?: {
                    /** @enum {string|null} */
                    antwoord: "ja" | "nee" | "gedeeltelijk" | null;
                    /** @default  */
                    toelichting: string;
                };
                c?: {
                    /** @enum {string|null} */
                    antwoord: "ja" | "nee" | "gedeeltelijk" | null;
                    /** @default  */
                    toelichting: string;
                };
                d?: {
                    /** @enum {string|null} */
                    antwoord: "ja" | "nee" | "gedeeltelijk" | null;
                    /** @default  */
                    toelichting: string;
                };
                e?: {
                    /** @enum {string|null} */
                    antwoord: "ja" | "nee" | "gedeeltelijk" | null;
                    /** @default  */
                    toelichting: string;
                };
                f?: {
                    /** @enum {string|null} */
                    antwoord: "ja" | "nee" | "gedeeltelijk" | null;
                    /** @default  */
                    toelichting: string;
                };
            };
            /**
             * @description Hoe ver zijn de afspraken met MEE?
             * @enum {string|null}
             */
            fase: "geen" | "in_voorbereiding" | "ambtelijk" | "college" | "definitief" | null;
            /** @default  */
            toelichting: string;
        };
        AntwoordOpgeslagen: {
            /** @enum {string} */
            status: "niet_gestart" | "concept" | "ingediend" | "toelichting_gevraagd" | "geaccepteerd";
            versie: number;
            waarschuwingen: components["schemas"]["Bevinding"][];
        };
        AntwoordVersie: {
            antwoorden: components["schemas"]["Antwoorden"];
            beantwoordDoor: string;
            ingediendOp: string | null;
            opgeslagenOp: string;
            /** @enum {string} */
            status: "niet_gestart" | "concept" | "ingediend" | "toelichting_gevraagd" | "geaccepteerd";
            versie: number;
            waarschuwingen: components["schemas"]["Bevinding"][];
        };
        ApiToken: {
            aangemaaktOp: string;
            /** Format: uuid */
            id: string;
            ingetrokkenOp: string | null;
            laatstGebruiktOp: string | null;
            naam: string;
            scopes: ("sessie" | "budget:besteding-schrijven" | "gebruikers:beheren" | "logboek:lezen" | "logboek:controleren" | "monitor:totalen" | "monitor:antwoorden-lezen" | "monitor:antwoorden-schrijven" | "monitor:opvolgen" | "monitor:importeren" | "dossiers:lezen" | "dossiers:schrijven" | "dossiers:beslisser-toewijzen" | "dossiers:importeren" | "sociale-kaart:beheren" | "beleid:lezen" | "beleid:schrijven" | "portaal:eigen-vragen" | "verantwoording:lezen" | "verantwoording:indienen" | "verantwoording:beoordelen" | "verantwoording:totalen" | "activiteiten:importeren" | "activiteiten:lezen")[];
            verlooptOp: string;
        };
        BeleidAanbieder: {
            /** @description Actieve diensten in deze gemeente */
            diensten: number;
            /** @description De gemeente financiert deze aanbieder (volgens de relatie) */
            gefinancierd: boolean;
            id: string;
            naam: string;
            /** @description Relatie met de gemeente (§3.2), als die is vastgelegd */
            relatie: string | null;
            soort: string;
        };
        BeleidAfspraak: {
            /**
             * Format: uuid
             * @description Aanbieder op de sociale kaart
             */
            aanbiederId: string;
            /**
             * @description Bedrag per jaar in eurocent
             * @default null
             */
            bedragCent: number | null;
            /**
             * @description Functie-, product-, project- of populatiebekostiging (§3.4)
             * @enum {string}
             */
            bekostiging: "functie" | "product" | "project" | "populatie" | "geen";
            /** @default  */
            toelichting: string;
            /**
             * @description In eigen beheer, subsidie, subsidie met overeenkomst, opdracht, of geen financiering (§3.4)
             * @enum {string}
             */
            uitvoering: "eigen-beheer" | "subsidie" | "subsidieovereenkomst" | "opdracht" | "geen-financiering";
        };
        BeleidAfspraakInput: {
            /**
             * Format: uuid
             * @description Aanbieder op de sociale kaart
             */
            aanbiederId: string;
            /**
             * @description Bedrag per jaar in eurocent
             * @default null
             */
            bedragCent: number | null;
            /**
             * @description Functie-, product-, project- of populatiebekostiging (§3.4)
             * @enum {string}
             */
            bekostiging: "functie" | "product" | "project" | "populatie" | "geen";
            /** @default  */
            toelichting: string;
            /**
             * @description In eigen beheer, subsidie, subsidie met overeenkomst, opdracht, of geen financiering (§3.4)
             * @enum {string}
             */
            uitvoering: "eigen-beheer" | "subsidie" | "subsidieovereenkomst" | "opdracht" | "geen-financiering";
        };
        BeleidKanaal: {
            /**
             * @description Bijvoorbeeld de uren of het adres
             * @default
             */
            details: string;
            /** @enum {string} */
            kanaal: "telefoon" | "digitaal" | "fysiek" | "huisbezoek" | "outreachend";
        };
        BeleidKanaalInput: {
            /**
             * @description Bijvoorbeeld de uren of het adres
             * @default
             */
            details: string;
            /** @enum {string} */
            kanaal: "telefoon" | "digitaal" | "fysiek" | "huisbezoek" | "outreachend";
        };
        BeleidWaarborg: {
            /** @default  */
            toelichting: string;
            /** @enum {string} */
            waarborg: "beroepscode" | "statuut" | "scheiding-beslissen-ondersteunen" | "andere-ondersteuner" | "keuze-aanbieders" | "clientervaring" | "burgerbetrokkenheid" | "voorlichting";
        };
        BeleidWaarborgInput: {
            /** @default  */
            toelichting: string;
            /** @enum {string} */
            waarborg: "beroepscode" | "statuut" | "scheiding-beslissen-ondersteunen" | "andere-ondersteuner" | "keuze-aanbieders" | "clientervaring" | "burgerbetrokkenheid" | "voorlichting";
        };
        BeslisserToewijzing: {
            beslisser: {
                id: string;
                naam: string;
                /** Format: date */
                toegewezenDatum: string;
                voorziening: string;
            };
            dossierId: string;
            versie: number;
        };
        Besteding: {
            /** @description Bedrag dat de gemeente bij MEE gaat besteden, in eurocent */
            bedragCent: number;
            gemeenteCode: string;
            toelichting: string | null;
            versie: number;
        };
        Bevinding: {
            melding: string;
            /** @enum {string} */
            niveau: "fout" | "waarschuwing";
            regel: string;
            veld: string;
        };
        Bezwaar: {
            /** @description Dagen tot en met de laatste dag; negatief als de termijn verstreken is */
            dagenOver: number | null;
            id: string;
            /**
             * Format: date
             * @description Dag waarop het bij het bestuursorgaan binnenkwam
             */
            ingediendDatum: string | null;
            onderwerp: string;
            /**
             * Format: date
             * @description Dag waarop het op de post is gedaan, als het per post is verstuurd (Awb 6:9 lid 2)
             */
            postDatum: string | null;
            /** @enum {string} */
            soort: "klacht" | "bezwaar" | "beroep";
            /** @description Leeg bij een klacht */
            termijn: components["schemas"]["Termijn"] | (null);
            /** @description Op tijd ingediend (Awb 6:9)? */
            tijdig: boolean | null;
            /** @description Of het op tijd is en waarom; leeg zolang niets is ontvangen of gepost */
            tijdigheid: components["schemas"]["Tijdigheid"] | (null);
            toelichting: string;
            /** @enum {string|null} */
            uitkomst: "gegrond" | "deels_gegrond" | "ongegrond" | "niet_ontvankelijk" | "ingetrokken" | null;
            /** Format: date */
            uitkomstDatum: string | null;
            /** @description De termijn is verstreken zonder dat er iets is ingediend */
            verlopen: boolean;
            /** @description Oordeel van de ondersteuner over een te late indiening (Awb 6:11) */
            verschoonbaarheid: components["schemas"]["Verschoonbaarheid"] | (null);
            /**
             * Format: date
             * @description Dag waarop het besluit is verzonden of uitgereikt
             */
            verzendDatum: string | null;
            vraagId: string | null;
            waarschuwing: string | null;
        };
        BronCijfers: {
            basis: string;
            /** @enum {string} */
            bron: "tvs" | "mee_monitor";
            bronNaam: string;
            maten: {
                ambtelijk_of_verder: components["schemas"]["Aandeel"];
                college_of_verder: components["schemas"]["Aandeel"];
                definitief: components["schemas"]["Aandeel"];
                geen_afspraken: components["schemas"]["Aandeel"];
                niets_in_voorbereiding: components["schemas"]["Aandeel"];
            };
            /** @description Gemeenten waarover deze bron niets zegt (geen antwoord, niet in de MEE-monitor): telt niet als geen afspraken */
            onbekend: components["schemas"]["Aandeel"];
            /** Format: date */
            peildatum: string;
            zinnen: string[];
        };
        Budgetcontrole: {
            allesKlopt: boolean;
            jaar: number;
            meeOrganisaties: {
                aantalGemeenten: number;
                berekendGelijkAanGepubliceerd: boolean;
                code: string;
                naam: string;
                somGemeenten: {
                    budgetIvhCent: number;
                    budgetMeeCent: number;
                };
                somKlopt: boolean;
                tabel3: {
                    budgetIvhCent: number;
                    budgetMeeCent: number;
                };
            }[];
        };
        BudgetDoorgerekend: {
            bron: string;
            budgetjaar: number;
            gemeenten: {
                budgetIvhCent: number;
                budgetMeeCent: number;
                cbsCode: string;
                herkomst: {
                    budgetIvhCent: number | null;
                    budgetMeeCent: number | null;
                    cbsCode: string;
                    geheel: boolean;
                    naam: string;
                    toelichting: string;
                }[];
                naam: string;
                /** @description Onwaar als een deel van een gesplitste gemeente niet te verdelen was */
                volledig: boolean;
                /** @description Hoe de rij is doorgerekend: ongewijzigd, samengevoegd uit …, gesplitst: … */
                wijze: string;
            }[];
            naarIndeling: number;
            nietTeVerdelen: {
                budgetIvhCent: number;
                budgetMeeCent: number;
                cbsCode: string;
                naam: string;
                opvolgers: {
                    cbsCode: string;
                    naam: string;
                }[];
                reden: string;
            }[];
            totalen: {
                budgetIvhCent: number;
                budgetMeeCent: number;
                doorgerekendIvhCent: number;
                doorgerekendMeeCent: number;
            };
            vanIndeling: number;
        };
        Budgetkaart: {
            bron: string;
            budgetjaar: number;
            gemeenten: {
                /** @description Null: niet te verdelen (zie nietTeVerdelen) */
                budgetMeeCent: number | null;
                cbsCode: string;
                /** @description Code van de gemeente in Naast (zoals in /budget/verdelingen) */
                code: string | null;
                inwoners: number | null;
                jeugdregio: {
                    code: string;
                    naam: string;
                } | null;
                naam: string;
                /** @description Welk deel niet te verdelen is, waarom, en wat u kunt doen */
                nietTeVerdelen: string | null;
                volledig: boolean;
                /** @description Hoe de rij is doorgerekend: ongewijzigd, samengevoegd uit …, gesplitst: … */
                wijze: string;
            }[];
            indeling: number;
            /** @description Waar: alle inwonertallen zijn er, de kaart is per inwoner */
            inwonersBekend: boolean;
            jeugdregios: {
                aantalGemeenten: number;
                /** @description Budget MEE van de jeugdregio, in eurocent */
                budgetMeeCent: number;
                code: string;
                inwoners: number | null;
                naam: string;
                /** @description Onwaar als een niet te verdelen deel ook over een andere jeugdregio ging */
                volledig: boolean;
            }[];
            nietTeVerdelen: {
                budgetMeeCent: number;
                cbsCode: string;
                inwoners: number | null;
                naam: string;
                opvolgers: {
                    cbsCode: string;
                    naam: string;
                }[];
            }[];
            totalen: {
                aantalGemeenten: number;
                budgetIvhCent: number;
                budgetMeeCent: number;
                inwoners: number | null;
                /** @description Som van de gemeenten met een bedrag; het verschil met budgetMeeCent is niet te verdelen */
                opKaartMeeCent: number;
            };
            /** @description De indeling waarin de verdeling is gepubliceerd */
            vanIndeling: number;
        };
        Budgetverdeling: {
            /** @description Budget Integrale Vroeghulp, in eurocent */
            budgetIvhCent: number;
            /** @description Budget cliëntondersteuning (MEE), in eurocent */
            budgetMeeCent: number;
            /** @description Alleen bij bron=primair: MEE-cliënten in het peiljaar */
            clienten?: number | null;
            gemeente: components["schemas"]["GemeenteKort"];
            /** @description Alleen bij bron=primair: inwoners op de peildatum (null als ze ontbreken) */
            inwoners?: number | null;
        };
        BudgetverdelingUitleg: {
            afgeleid: {
                clientenaandeel: components["schemas"]["HerkomstAandeel"] | (null);
                inwonersaandeel: components["schemas"]["HerkomstAandeel"];
                signalen: string[];
            };
            berekend: {
                budgetIvh: components["schemas"]["Herkomst"];
                budgetMee: components["schemas"]["Herkomst"];
            };
            berekendGelijkAanGepubliceerd: boolean;
            gemeente: components["schemas"]["GemeenteKort"];
            gepubliceerd: {
                bron: string;
                budgetIvhCent: number;
                budgetMeeCent: number;
            };
            jaar: number;
            meeOrganisatie: {
                aantalGemeenten: number;
                budgetIvhCent: number;
                budgetMeeCent: number;
                code: string;
                naam: string;
            };
            sleutel: {
                clienten: string;
                inwoners: string;
            };
        };
        Caseload: {
            /** @description Dossiers waarin de cliënt om een andere ondersteuner vroeg */
            geblokkeerdeDossiers: number;
            gemeenteCode: string;
            ondersteuner: {
                id: string;
                naam: string;
            };
            openDossiers: number;
            openVragen: number;
        };
        ChecklistPunt: {
            aanwezig: string[];
            bron: string;
            code: string;
            ontbreekt: string[];
            plicht: string;
            /** @enum {string} */
            status: "voldaan" | "deels" | "ontbreekt";
        };
        Client: {
            adres: string | null;
            /** @description Alleen de laatste drie cijfers, bijvoorbeeld ******123 */
            bsnGemaskeerd: string | null;
            doelgroepen: ("verstandelijke_beperking" | "lichamelijke_beperking" | "zintuiglijke_beperking" | "chronische_beperking" | "psychosociale_of_psychiatrische_problematiek" | "ouderdomsproblematiek" | "anders")[];
            email: string | null;
            /** @enum {string|null} */
            leeftijdscategorie: "0-18" | "18-25" | "25-65" | "65+" | null;
            naam: string;
            /** @description Informeel netwerk */
            netwerk: {
                naam: string;
                relatie: string;
                telefoon: string | null;
            }[];
            telefoon: string | null;
            /** @description Verouderd: dezelfde toestemmingen als in het dossier (toestemmingen), in de oude vorm. Een ingetrokken toestemming staat hier als niet gegeven, met de datum van intrekken. */
            toestemmingen: {
                gegeven: boolean;
                onderwerp: string;
                toelichting: string;
                /** Format: date */
                vastgelegdDatum: string;
            }[];
            vertegenwoordiger: {
                naam: string;
                /** @enum {string} */
                soort: "curator" | "mentor" | "bewindvoerder" | "schriftelijk_gemachtigde" | "ouder_met_gezag";
                telefoon: string | null;
            } | null;
        };
        ClientervaringResultaat: {
            aanbiederCode: string;
            respons: number;
            responsPercentage: number | null;
            toelichtingen: string[];
            uitgenodigd: number;
            vragen: {
                beantwoord: number;
                gemiddelde: number | null;
                percentageEens: number | null;
                sleutel: string;
                /** @description Aantal per score 1 tot en met 5 */
                verdeling: number[];
                vraag: string;
            }[];
        };
        ClientInvoerInput: {
            /** @default null */
            adres: string | null;
            /** @description Burgerservicenummer (optioneel). Alleen in de body, nooit in een URL; gecontroleerd met de elfproef en daarna alleen gemaskeerd getoond. Weglaten bij wijzigen houdt het bestaande. */
            bsn?: string | null;
            /** @default [] */
            doelgroepen: ("verstandelijke_beperking" | "lichamelijke_beperking" | "zintuiglijke_beperking" | "chronische_beperking" | "psychosociale_of_psychiatrische_problematiek" | "ouderdomsproblematiek" | "anders")[];
            /**
             * Format: email
             * @default null
             */
            email: string | null;
            /** @enum {string|null} */
            leeftijdscategorie?: "0-18" | "18-25" | "25-65" | "65+" | null;
            naam: string;
            /**
             * @description Informeel netwerk
             * @default []
             */
            netwerk: {
                naam: string;
                relatie: string;
                /** @default null */
                telefoon: string | null;
            }[];
            /** @default null */
            telefoon: string | null;
            /** @description Verouderd. Bij de intake worden deze toestemmingen vastgelegd als losse toestemmingen (zonder ontvanger). Bij wijzigen mag de lijst alleen ongewijzigd worden meegestuurd: geef en trek toestemmingen in via /dossiers/{dossierId}/toestemmingen. */
            toestemmingen?: {
                gegeven: boolean;
                onderwerp: string;
                /** @default  */
                toelichting: string;
                /** Format: date */
                vastgelegdDatum: string;
            }[];
            /** @default null */
            vertegenwoordiger: {
                naam: string;
                /** @enum {string} */
                soort: "curator" | "mentor" | "bewindvoerder" | "schriftelijk_gemachtigde" | "ouder_met_gezag";
                /** @default null */
                telefoon: string | null;
            } | null;
        };
        Clientondersteuner: {
            id: string;
            naam: string;
            /** @enum {string|null} */
            relatie: "familie" | "naaste" | "vrijwilliger" | "vertegenwoordiger" | "ervaringsdeskundige" | null;
            /** @enum {string} */
            soort: "professioneel" | "informeel";
            /** Format: date */
            toegewezenDatum: string;
        };
        ContinuiteitAantallen: {
            /** @description Leeg (null) als het aantal onder de 5 ligt en u regionaal of landelijk kijkt */
            afgerond: number | null;
            /** @description Leeg (null) als het aantal onder de 5 ligt en u regionaal of landelijk kijkt */
            bijMee: number | null;
            /** @description Leeg (null) als het aantal onder de 5 ligt en u regionaal of landelijk kijkt */
            overgedragen: number | null;
            /** @description Nog bij MEE terwijl de verwachte einddatum (start + 4 maanden) voorbij is */
            overTijd: number | null;
            /** @description Leeg (null) als het aantal onder de 5 ligt en u regionaal of landelijk kijkt */
            totaal: number | null;
        };
        DefinitieveAfspraken: {
            /** @enum {string|null} */
            betekenis: "verwachting" | "realisatie" | null;
            ja: components["schemas"]["Aandeel"];
            nee: components["schemas"]["Aandeel"];
            /** @description Gemeenten die wel antwoordden, maar deze vraag niet */
            nietBeantwoord: number;
            vraag: string | null;
        };
        Dekking: {
            aanbieders: {
                cellen: number;
                id: string;
                naam: string;
            }[];
            cellen: components["schemas"]["DekkingCel"][];
            gemeenteCode: string;
            hiaten: number;
            /** @description Cellen die kunnen bestaan; hiaten en overlap tellen hierbinnen */
            mogelijk: number;
            nietIngedeeld: {
                aanbieder: string;
                dienst: string;
                dienstId: string;
                ontbreekt: string[];
            }[];
            overlap: number;
            overlapVanaf: number;
        };
        DekkingCel: {
            aanbieders: {
                id: string;
                naam: string;
            }[];
            doelgroep: string;
            leeftijd: string;
            levensdomein: string;
            /**
             * @description onmogelijk: een combinatie die niet kan bestaan (bijvoorbeeld ouderen van 0 tot 18 jaar); telt niet als hiaat
             * @enum {string}
             */
            status: "gat" | "gedekt" | "overlap" | "onmogelijk";
        };
        Dienst: {
            aanbiederId: string;
            /**
             * @description Doelgroepen uit Tabel 1; leeg = iedereen
             * @default []
             */
            doelgroepen: ("ouderen" | "verstandelijke-beperking" | "psychische-problemen" | "autisme" | "chronisch-zieken" | "lichamelijke-beperking" | "nah" | "zintuiglijke-problemen" | "jonge-kinderen-ontwikkeling" | "relationeel-geweld" | "financiele-problemen" | "huishoudelijke-hulp" | "werk-en-scholing" | "opvoeding" | "problemen-bij-kinderen" | "dak-en-thuislozen" | "meervoudige-problematiek")[];
            /** @default null */
            email: string | null;
            /**
             * @description Werkgebied; leeg = de eigen gemeente
             * @default []
             */
            gemeenten: string[];
            /** @default true */
            gratis: boolean;
            /**
             * @description Tabel 2: hoe de dienst werkt
             * @default
             */
            hoe: string;
            /** @default false */
            huisbezoek: boolean;
            id: string;
            /** @default null */
            inloopspreekuur: string | null;
            /** @default [] */
            kanalen: ("telefoon" | "e-mail" | "website" | "inloop" | "huisbezoek")[];
            /**
             * @description Leeg = alle leefgebieden
             * @default []
             */
            leefgebieden: ("opvoeding_en_ontwikkeling" | "zelfstandig_wonen_en_samenleven" | "leren_en_werken" | "regelgeving_en_geldzaken" | "vrienden_en_relaties" | "vrije_tijd_en_sport")[];
            /**
             * @description Leeg = alle leeftijden
             * @default []
             */
            leeftijden: ("0-18" | "18-25" | "25-65" | "65+")[];
            /**
             * @description Locaties van dezelfde aanbieder waar de dienst gegeven wordt
             * @default []
             */
            locatieIds: string[];
            naam: string;
            /** @default  */
            omschrijving: string;
            /**
             * @default active
             * @enum {string}
             */
            status: "active" | "inactive" | "defunct" | "temporarily closed";
            /**
             * @description Taalcodes (ISO 639-1)
             * @default [
             *       "nl"
             *     ]
             */
            talen: string[];
            /** @default null */
            telefonischeBereikbaarheid: string | null;
            /** @default null */
            telefoon: string | null;
            /** @default [] */
            trefwoorden: string[];
            versie: number;
            /**
             * @description Tabel 2: wat de dienst doet
             * @default
             */
            wat: string;
            /** @default null */
            website: string | null;
        };
        DienstenImportResultaat: {
            gewijzigd: number;
            toegevoegd: number;
        };
        DienstInvoerInput: {
            /**
             * @description Doelgroepen uit Tabel 1; leeg = iedereen
             * @default []
             */
            doelgroepen: ("ouderen" | "verstandelijke-beperking" | "psychische-problemen" | "autisme" | "chronisch-zieken" | "lichamelijke-beperking" | "nah" | "zintuiglijke-problemen" | "jonge-kinderen-ontwikkeling" | "relationeel-geweld" | "financiele-problemen" | "huishoudelijke-hulp" | "werk-en-scholing" | "opvoeding" | "problemen-bij-kinderen" | "dak-en-thuislozen" | "meervoudige-problematiek")[];
            /** @default null */
            email: string | null;
            /**
             * @description Werkgebied; leeg = de eigen gemeente
             * @default []
             */
            gemeenten: string[];
            /** @default true */
            gratis: boolean;
            /**
             * @description Tabel 2: hoe de dienst werkt
             * @default
             */
            hoe: string;
            /** @default false */
            huisbezoek: boolean;
            /** @default null */
            inloopspreekuur: string | null;
            /** @default [] */
            kanalen: ("telefoon" | "e-mail" | "website" | "inloop" | "huisbezoek")[];
            /**
             * @description Leeg = alle leefgebieden
             * @default []
             */
            leefgebieden: ("opvoeding_en_ontwikkeling" | "zelfstandig_wonen_en_samenleven" | "leren_en_werken" | "regelgeving_en_geldzaken" | "vrienden_en_relaties" | "vrije_tijd_en_sport")[];
            /**
             * @description Leeg = alle leeftijden
             * @default []
             */
            leeftijden: ("0-18" | "18-25" | "25-65" | "65+")[];
            /**
             * @description Locaties van dezelfde aanbieder waar de dienst gegeven wordt
             * @default []
             */
            locatieIds: string[];
            naam: string;
            /** @default  */
            omschrijving: string;
            /**
             * @default active
             * @enum {string}
             */
            status: "active" | "inactive" | "defunct" | "temporarily closed";
            /**
             * @description Taalcodes (ISO 639-1)
             * @default [
             *       "nl"
             *     ]
             */
            talen: string[];
            /** @default null */
            telefonischeBereikbaarheid: string | null;
            /** @default null */
            telefoon: string | null;
            /** @default [] */
            trefwoorden: string[];
            /**
             * @description Tabel 2: wat de dienst doet
             * @default
             */
            wat: string;
            /** @default null */
            website: string | null;
        };
        DienstOpenbaar: {
            aanbieder: {
                bemensing: string;
                email: string | null;
                id: string;
                naam: string;
                soort: string;
                telefoon: string | null;
                website: string | null;
            };
            aanbiederId: string;
            /**
             * @description Doelgroepen uit Tabel 1; leeg = iedereen
             * @default []
             */
            doelgroepen: ("ouderen" | "verstandelijke-beperking" | "psychische-problemen" | "autisme" | "chronisch-zieken" | "lichamelijke-beperking" | "nah" | "zintuiglijke-problemen" | "jonge-kinderen-ontwikkeling" | "relationeel-geweld" | "financiele-problemen" | "huishoudelijke-hulp" | "werk-en-scholing" | "opvoeding" | "problemen-bij-kinderen" | "dak-en-thuislozen" | "meervoudige-problematiek")[];
            /** @default null */
            email: string | null;
            /**
             * @description Werkgebied; leeg = de eigen gemeente
             * @default []
             */
            gemeenten: string[];
            /** @default true */
            gratis: boolean;
            /**
             * @description Tabel 2: hoe de dienst werkt
             * @default
             */
            hoe: string;
            /** @default false */
            huisbezoek: boolean;
            id: string;
            /** @default null */
            inloopspreekuur: string | null;
            /** @default [] */
            kanalen: ("telefoon" | "e-mail" | "website" | "inloop" | "huisbezoek")[];
            /**
             * @description Leeg = alle leefgebieden
             * @default []
             */
            leefgebieden: ("opvoeding_en_ontwikkeling" | "zelfstandig_wonen_en_samenleven" | "leren_en_werken" | "regelgeving_en_geldzaken" | "vrienden_en_relaties" | "vrije_tijd_en_sport")[];
            /**
             * @description Leeg = alle leeftijden
             * @default []
             */
            leeftijden: ("0-18" | "18-25" | "25-65" | "65+")[];
            /**
             * @description Locaties van dezelfde aanbieder waar de dienst gegeven wordt
             * @default []
             */
            locatieIds: string[];
            locaties: {
                aanbiederId: string;
                /** @default  */
                adres: string;
                /** @default null */
                breedtegraad: number | null;
                /** @default null */
                gemeenteCode: string | null;
                id: string;
                /** @default null */
                lengtegraad: number | null;
                naam: string;
                /** @default  */
                openingstijden: string;
                /** @default  */
                plaats: string;
                /** @default  */
                postcode: string;
                /** @default [] */
                toegankelijkheid: ("openbaar-vervoer" | "parkeren" | "rolstoeltoegankelijk")[];
                /** @default  */
                toegankelijkheidToelichting: string;
            }[];
            naam: string;
            /** @default  */
            omschrijving: string;
            /**
             * @default active
             * @enum {string}
             */
            status: "active" | "inactive" | "defunct" | "temporarily closed";
            /**
             * @description Taalcodes (ISO 639-1)
             * @default [
             *       "nl"
             *     ]
             */
            talen: string[];
            /** @default null */
            telefonischeBereikbaarheid: string | null;
            /** @default null */
            telefoon: string | null;
            /** @default [] */
            trefwoorden: string[];
            /**
             * @description Tabel 2: wat de dienst doet
             * @default
             */
            wat: string;
            /** @default null */
            website: string | null;
        };
        Dossier: {
            beslissers: {
                id: string;
                naam: string;
                /** Format: date */
                toegewezenDatum: string;
                voorziening: string;
            }[];
            bezwaren: components["schemas"]["Bezwaar"][];
            blokkade: string | null;
            client: components["schemas"]["Client"];
            eerdereOndersteuners: components["schemas"]["Clientondersteuner"][];
            /** @description De cliënt vroeg om een andere ondersteuner; tot die er is gaat niets verder */
            geblokkeerd: boolean;
            gemeenteCode: string;
            /** Format: date */
            geopendDatum: string;
            /**
             * Format: date
             * @description Gevuld als alle vragen zijn afgesloten
             */
            geslotenDatum: string | null;
            id: string;
            notities: components["schemas"]["Notitie"][];
            ondersteuner: components["schemas"]["Clientondersteuner"] | (null);
            /** @description Alle toestemmingen, ook ingetrokken (geschiedenis); geldig = nu van kracht */
            toestemmingen: components["schemas"]["Toestemming"][];
            /** @description Voor If-Match */
            versie: number;
            verwijzingen: components["schemas"]["Verwijzing"][];
            verzoekenAndereOndersteuner: {
                /** Format: date */
                afgehandeldDatum: string | null;
                betwijfeldeOndersteuner: {
                    id: string;
                    naam: string;
                };
                nieuweOndersteuner: {
                    id: string;
                    naam: string;
                } | null;
                reden: string | null;
                /** Format: date */
                verzoekDatum: string;
            }[];
            vragen: components["schemas"]["Vraag"][];
        };
        DossierOverzicht: {
            clientNaam: string;
            geblokkeerd: boolean;
            gemeenteCode: string;
            /** Format: date */
            geopendDatum: string;
            /** Format: date */
            geslotenDatum: string | null;
            id: string;
            /**
             * Format: date
             * @description Datum van het laatste contactmoment
             */
            laatsteContactDatum: string | null;
            ondersteuner: {
                id: string;
                naam: string;
                /** @enum {string} */
                soort: "professioneel" | "informeel";
            } | null;
            /** @description Lopende wettelijke termijnen, eerstvolgende eerst */
            termijnen: {
                bezwaarId: string;
                dagenOver: number;
                /** Format: date */
                eindDatum: string;
                /** @description De laatste dag kan nog opschuiven (artikel 3 lid 3 Algemene termijnenwet) */
                kanNogVeranderen: boolean;
                onderwerp: string;
                /** @enum {string} */
                soort: "klacht" | "bezwaar" | "beroep";
                verlopen: boolean;
                waarschuwing: string | null;
            }[];
            /** @description De eerstvolgende termijn: een bezwaar- of beroepstermijn, of een afspraak uit het plan van de cliënt waarop nog geen contact volgde */
            volgendeTermijn: {
                /** @description Negatief als de datum voorbij is */
                dagenOver: number;
                /** Format: date */
                datum: string;
                /** @description Wettelijke grondslag; leeg bij een afspraak uit het plan */
                grondslag: string | null;
                /** @enum {string} */
                soort: "bezwaartermijn" | "beroepstermijn" | "afspraak";
                verlopen: boolean;
            } | null;
            /** @description De vraag van de cliënt in zijn eigen woorden (de open vragen, ingekort) */
            vraagSamenvatting: string;
            vragen: {
                id: string;
                /** @enum {string} */
                stap: "eerste_contact" | "gesprek" | "vragen_verhelderen" | "oplossingen_afspreken" | "toewijzing_voorzieningen" | "arrangement" | "evaluatie" | "afgesloten";
                /**
                 * @description De stap die normaal volgt (Figuur 1); leeg bij een afgesloten vraag
                 * @enum {string|null}
                 */
                volgendeStap: "eerste_contact" | "gesprek" | "vragen_verhelderen" | "oplossingen_afspreken" | "toewijzing_voorzieningen" | "arrangement" | "evaluatie" | "afgesloten" | null;
            }[];
        };
        EigenPlan: {
            afspraken: {
                omschrijving: string;
                /** Format: date */
                uiterlijkDatum: string | null;
                wie: string;
            }[];
            /** @enum {string} */
            akkoord: "akkoord" | "eerdere_versie" | "niet_akkoord";
            /** Format: date */
            akkoordDatum: string | null;
            resultaten: {
                omschrijving: string;
            }[];
            versie: number;
        };
        EigenVraag: {
            afsluitUitleg: string | null;
            andereOndersteunerGevraagd: {
                /** Format: date */
                gevraagdDatum: string;
                reden: string | null;
            } | null;
            gemeente: {
                code: string;
                naam: string;
            };
            /** Format: date */
            gesteldDatum: string;
            magAndereOndersteunerVragen: boolean;
            ondersteuner: {
                naam: string;
                /** @enum {string} */
                soort: "professioneel" | "informeel";
            } | null;
            plan: components["schemas"]["EigenPlan"] | (null);
            referentie: string;
            /** @enum {string} */
            stap: "eerste_contact" | "gesprek" | "vragen_verhelderen" | "oplossingen_afspreken" | "toewijzing_voorzieningen" | "arrangement" | "evaluatie" | "afgesloten";
            stapTitel: string;
            /** @description Wat er nu gebeurt, in gewone taal */
            stapUitleg: string;
            verwijzingen: {
                aanbieder: string;
                /** Format: date */
                verwezenDatum: string;
            }[];
            /** @description De vraag in de eigen woorden */
            vraag: string;
        };
        Escalatie: {
            gemeente: {
                code: string;
                naam: string;
            };
            ondersteuningsteam: string | null;
            redenen: ("geescaleerd" | "toelichting_verlopen")[];
            ronde: {
                id: string;
                naam: string;
            };
            /** @enum {string} */
            status: "niet_gestart" | "concept" | "ingediend" | "toelichting_gevraagd" | "geaccepteerd";
            /** Format: date */
            toelichtingDeadlineDatum: string | null;
        };
        EvaluatieSteekproef: {
            aandeel: number;
            /** @description Gesloten dossiers in de periode (niet geanonimiseerd) */
            aantalKandidaten: number;
            dossiers: {
                clientNaam: string;
                dossierId: string;
                /** Format: date */
                geslotenDatum: string;
                /** @enum {string} */
                methode: "formulier" | "huisbezoek" | "vertrouwenspersoon";
                methodeOmschrijving: string;
                /** @description Mate van regie (de laagste over de vragen) */
                regie: number | null;
            }[];
            gemeenteCode: string;
            id: string;
            /** @description Met hetzelfde seed en dezelfde gesloten dossiers volgt dezelfde steekproef */
            seed: string;
            /** Format: date */
            totEnMetDatum: string | null;
            /** Format: date */
            vanafDatum: string | null;
        };
        Frictiekosten: {
            bestedingsjaar: number;
            gemeenten: {
                bestedingCent: number | null;
                budgetCent: number;
                gemeente: components["schemas"]["GemeenteKort"];
                tekortCent: number | null;
                verschilCent: number | null;
            }[];
            jaar: number;
            landelijk: components["schemas"]["FrictiekostenGroep"];
            perJeugdregio: components["schemas"]["FrictiekostenGroep"][];
            perMeeOrganisatie: components["schemas"]["FrictiekostenGroep"][];
        };
        FrictiekostenGroep: {
            aantalGemeenten: number;
            bestedingCent: number;
            budgetCent: number;
            budgetMetBestedingCent: number;
            code: string;
            metBesteding: number;
            naam: string;
            /** @description Som van de tekorten per gemeente (een overschot elders telt niet mee) */
            tekortCent: number;
            /** @description Besteding − budget, opgeteld (netto) */
            verschilCent: number;
            zonderBesteding: number;
        };
        Gebruiker: {
            email: string | null;
            /** @description Uitgeschakeld door een beheerder */
            geblokkeerd: boolean;
            gebruikersnaam: string;
            heeftWachtwoord: boolean;
            /** Format: uuid */
            id: string;
            naam: string;
            oidc: boolean;
            rollen: components["schemas"]["Roltoekenning"][];
            /** @description Alleen in gebruikersbeheer: aantal rollen bij organisaties die u niet beheert (niet getoond in rollen) */
            rollenElders?: number;
            /** @description Heeft een authenticator-app (TOTP) als tweede stap bij inloggen met wachtwoord */
            tweedeFactor: boolean;
            /** @description Tijdelijk vergrendeld na te veel mislukte pogingen */
            vergrendeldTot: string | null;
            versie: number;
        };
        GedeeldeAanbieder: {
            aanbiederId: string;
            gemeentenMetAanbod: string[];
            gemeentenMetAfspraak: string[];
            naam: string;
        };
        Gemeente: {
            /** @description CBS-gemeentecode (GMxxxx), alleen als een openbare bron die bevestigt */
            cbsCode: string | null;
            /** @description Vaste code van de gemeente in Naast */
            code: string;
            /** @description Inwoners op 1 januari van het indelingsjaar, zoals opgeslagen voor het budget (CBS); null als ze ontbreken */
            inwoners: number | null;
            jeugdregio: {
                code: string;
                naam: string;
            };
            meeOrganisatie: {
                code: string;
                naam: string;
            };
            naam: string;
        };
        GemeenteGeschiedenis: {
            gemeente: {
                bron: string;
                cbsCode: string;
                /**
                 * Format: date
                 * @description Laatste dag; null = bestaat nog
                 */
                geldigTot: string | null;
                /**
                 * Format: date
                 * @description Eerste dag; 1970-01-01 betekent: bestond al vóór 1970 (de bron begint daar)
                 */
                geldigVanaf: string;
                naam: string;
                /** @description Code in de tabellen van 2013/2014, als die er is */
                naastCode: string | null;
                provincie: string;
            };
            nu: {
                cbsCode: string;
                naam: string;
                /** @description CBS-codes waarlangs het gebied ging */
                via: string[];
            }[];
            opvolgers: components["schemas"]["Herindelingsgebeurtenis"][];
            voorgangers: components["schemas"]["Herindelingsgebeurtenis"][];
        };
        GemeenteKort: {
            cbsCode: string | null;
            code: string;
            jeugdregio: {
                code: string;
                naam: string;
            };
            meeOrganisatie: {
                code: string;
                naam: string;
            };
            naam: string;
        };
        GemeentelijkeIndeling: {
            aantalGemeenten: number;
            /** Format: date */
            geldigTot: string | null;
            /** Format: date */
            geldigVanaf: string;
            jaar: number;
            omschrijving: string;
            wijzigingen: {
                bron: string;
                naar: {
                    code: string;
                    naam: string;
                };
                /** @enum {string} */
                soort: "samenvoeging" | "splitsing";
                van: {
                    code: string;
                    naam: string;
                };
            }[];
        };
        GemeentenKaart: {
            /** @description Herkomst en licentie van de grenzen (CBS, CC BY 4.0) */
            bron: string;
            features: {
                geometry: {
                    /** @description GeoJSON-coördinaten (RFC 7946) */
                    coordinates: (number[] | number[][])[][];
                    /** @enum {string} */
                    type: "Polygon" | "MultiPolygon";
                };
                properties: {
                    /** @description CBS-gemeentecode (GMxxxx) */
                    code: string;
                    /** @description Code van de gemeente in Naast (zoals in /gemeenten); null als het register haar niet kent */
                    gemeente: string | null;
                    /** @description Code van de jeugdregio */
                    jeugdregio: string | null;
                    jeugdregioNaam: string | null;
                    naam: string;
                };
                /** @enum {string} */
                type: "Feature";
            }[];
            /** @description De gemeentelijke indeling per 1 januari van dit jaar */
            jaar: number;
            /** @enum {string} */
            type: "FeatureCollection";
        };
        GemeenteStatus: {
            /** @enum {string|null} */
            fase: "geen" | "in_voorbereiding" | "ambtelijk" | "college" | "definitief" | null;
            gemeente: {
                code: string;
                naam: string;
            };
            jeugdregio: string;
            /** @enum {string} */
            status: "niet_gestart" | "concept" | "ingediend" | "toelichting_gevraagd" | "geaccepteerd";
            versie: number;
        };
        Gereedheid: {
            /** @description Per onderdeel: werkt het, hoe snel antwoordde het */
            onderdelen: {
                database: {
                    /** @description Wat er aan de hand is, in gewone woorden */
                    melding: string;
                    /** @description Hoe lang de controle duurde, in milliseconden */
                    ms: number;
                    /** @enum {string} */
                    status: "ok" | "down";
                };
            };
            /**
             * @description "ok" als de server verzoeken kan afhandelen; "down" (HTTP 503) als een onderdeel niet werkt
             * @enum {string}
             */
            status: "ok" | "down";
        };
        Gezondheid: {
            apiVersion: string;
            /**
             * @description De database-engine: ingebouwd (pglite) of een PostgreSQL-server
             * @enum {string}
             */
            engine: "pglite" | "postgres";
            /** @description Het nummer van de laatst uitgevoerde databasemigratie (bij het starten) */
            schemaVersion: number;
            /**
             * Format: date-time
             * @description Moment waarop de server startte
             */
            startedAt: string;
            /**
             * @description Altijd "ok" als het proces antwoordt; de database wordt hier niet gecontroleerd (zie /health/ready)
             * @enum {string}
             */
            status: "ok";
        };
        Herindelingsgebeurtenis: {
            bron: string;
            /**
             * Format: date
             * @description Ingangsdatum: de dag na de laatste dag van de verdwijnende gemeente
             */
            datum: string;
            /** @description Alleen een deel van de verdwijnende gemeente ging naar deze opvolger (splitsing) */
            deel: boolean;
            naar: {
                cbsCode: string;
                naam: string;
            };
            /** @enum {string} */
            soort: "samenvoeging" | "splitsing" | "naamswijziging";
            van: {
                cbsCode: string;
                naam: string;
            };
        };
        HerinneringenResultaat: {
            /** @description Verstuurde e-mails (één per gemeente, aan haar beleidsmedewerkers) */
            emails: number;
            /** @description E-mails die niet verstuurd konden worden; een volgende keer wordt het opnieuw geprobeerd */
            emailsMislukt: number;
            /** @description Nieuwe herinneringen in de app */
            meldingen: number;
            naDeadline: number;
            voorDeadline: number;
        };
        Herkomst: {
            /** @description Het bedrag vóór afronding */
            exact: {
                centsFraction: string;
                euros: string;
            };
            /** @description De berekening in woorden */
            formula: string;
            inputs: {
                decimal: string;
                exact: string;
                label: string;
                name: string;
            }[];
            resultCents: number;
            rounding: {
                floorCents: number;
                leftoverUnits: number;
                rank: number;
                receivedExtraUnit: boolean;
                remainder: string;
                unitCents: number;
            };
        };
        HerkomstAandeel: {
            decimal: string;
            exact: string;
            formula: string;
            inputs: {
                decimal: string;
                exact: string;
                label: string;
                name: string;
            }[];
        };
        /** @description Open Referral HSDS 3.0: elke lijst bevat objecten volgens het HSDS-schema van die tabel */
        HsdsDocument: {
            locations: ({
                id: string;
            } & {
                [key: string]: unknown;
            })[];
            meta: {
                bron: string;
                gemeenteCode: string;
                /** @enum {string} */
                hsds: "3.0";
            };
            organizations: ({
                id: string;
            } & {
                [key: string]: unknown;
            })[];
            service_at_locations: ({
                id: string;
            } & {
                [key: string]: unknown;
            })[];
            services: ({
                id: string;
            } & {
                [key: string]: unknown;
            })[];
            taxonomies: ({
                id: string;
            } & {
                [key: string]: unknown;
            })[];
            taxonomy_terms: ({
                id: string;
            } & {
                [key: string]: unknown;
            })[];
        } & {
            [key: string]: unknown;
        };
        HsdsImportResultaat: {
            aanbieders: number;
            diensten: number;
            /** @description Ongeldige waarden die leeg zijn gelaten (ongeldigeWaarden=leeglaten) */
            leegGelaten: {
                melding: string;
                pad: string;
            }[];
            locaties: number;
            opmerkingen: string[];
            /** @description false bij een proefrun: er is niets gewijzigd */
            toegepast: boolean;
            voorvertoning: {
                diensten: {
                    /** @description Ids die veranderen */
                    gewijzigd: string[];
                    /** @description Ids die erbij komen */
                    nieuw: string[];
                    /** @description Aantal dat gelijk blijft */
                    ongewijzigd: number;
                    /** @description Ids die verdwijnen (alleen bij een volledige kaart, bundel of datapakket) */
                    verwijderd: string[];
                };
                dienstLocaties: {
                    /** @description Ids die veranderen */
                    gewijzigd: string[];
                    /** @description Ids die erbij komen */
                    nieuw: string[];
                    /** @description Aantal dat gelijk blijft */
                    ongewijzigd: number;
                    /** @description Ids die verdwijnen (alleen bij een volledige kaart, bundel of datapakket) */
                    verwijderd: string[];
                };
                locaties: {
                    /** @description Ids die veranderen */
                    gewijzigd: string[];
                    /** @description Ids die erbij komen */
                    nieuw: string[];
                    /** @description Aantal dat gelijk blijft */
                    ongewijzigd: number;
                    /** @description Ids die verdwijnen (alleen bij een volledige kaart, bundel of datapakket) */
                    verwijderd: string[];
                };
                organisaties: {
                    /** @description Ids die veranderen */
                    gewijzigd: string[];
                    /** @description Ids die erbij komen */
                    nieuw: string[];
                    /** @description Aantal dat gelijk blijft */
                    ongewijzigd: number;
                    /** @description Ids die verdwijnen (alleen bij een volledige kaart, bundel of datapakket) */
                    verwijderd: string[];
                };
                overigeRecords: {
                    /** @description Ids die veranderen */
                    gewijzigd: string[];
                    /** @description Ids die erbij komen */
                    nieuw: string[];
                    /** @description Aantal dat gelijk blijft */
                    ongewijzigd: number;
                    /** @description Ids die verdwijnen (alleen bij een volledige kaart, bundel of datapakket) */
                    verwijderd: string[];
                };
            };
            /** @description De herkende HSDS-vorm: dienst, organisatie, dienstLocatie, locatie, lijst, kaart, tabellen of datapakket */
            vorm: string;
        };
        /** @description Open Referral HSDS 3.0 in de gevraagde vorm: een service-, organization- of service_at_location-document, een lijstpagina (contents) of een bundel tabellen ("services.csv": [rijen]) */
        HsdsVorm: {
            [key: string]: unknown;
        };
        Hulpvraagantwoord: {
            /** @description Wat Naast in de vraag herkende, bijvoorbeeld ["woningaanpassing"] */
            begrepen: string[];
            /** @description De gemeente zoals Naast de plaats begreep (naam, schrijfwijze of postcode) */
            gemeenteCode: string | null;
            resultaten: components["schemas"]["Zoekresultaat"][];
            /** @description Aantal passende diensten, ook als er minder getoond worden */
            totaal: number;
            verderHelpen: {
                loketten: components["schemas"]["Zoekresultaat"][];
                /** @description Adres van het formulier om een vraag te stellen */
                vraagStellen: string;
            } | null;
        };
        ImportResultaat: {
            /** @description Aantal ingelezen gemeenten */
            aantal: number;
        };
        IndelingOpJaar: {
            aantalGemeenten: number;
            /** @description Het door CBS gepubliceerde aantal op die dag */
            aantalVolgensCbs: number;
            bronAantal: string;
            gemeenten: {
                cbsCode: string;
                /**
                 * Format: date
                 * @description Laatste dag; null = bestaat nog
                 */
                geldigTot: string | null;
                /**
                 * Format: date
                 * @description Eerste dag; 1970-01-01 betekent: bestond al vóór 1970 (de bron begint daar)
                 */
                geldigVanaf: string;
                jeugdregio: {
                    code: string;
                    naam: string;
                } | null;
                naam: string;
                provincie: string;
            }[];
            jaar: number;
            jeugdregioToelichting: string;
            /** Format: date */
            peildatum: string;
            wijzigingen: components["schemas"]["Herindelingsgebeurtenis"][];
        };
        InwonerVraagInput: {
            /** @description "Ik wil graag een cliëntondersteuner" */
            clientondersteunerGewenst?: boolean;
            /** @description Verplicht true: toestemming om contact op te nemen */
            contactToestemming?: boolean;
            /** @description E-mailadres; telefoon of e-mail is verplicht */
            email?: string;
            /** @description Verplicht. Code van de gemeente (indeling 2014), zie GET /gemeenten?indeling=2014 */
            gemeenteCode?: string;
            /** @description Onderwerpen (optioneel): opvoeding_en_ontwikkeling, zelfstandig_wonen_en_samenleven, leren_en_werken, regelgeving_en_geldzaken, vrienden_en_relaties, vrije_tijd_en_sport */
            levensdomeinen?: string[];
            /** @description Verplicht. Naam; een voornaam is genoeg */
            naam?: string;
            /** @description Telefoonnummer; telefoon of e-mail is verplicht */
            telefoon?: string;
            /** @description Verplicht. De vraag in de eigen woorden van de inwoner (10 tot 4000 tekens) */
            vraag?: string;
        };
        Jeugdregio: {
            aantalGemeenten: number;
            code: string;
            naam: string;
        };
        KeuzeOndersteuning: {
            /** @description Wijkt de gekozen vorm af van het voorstel? */
            afgeweken: boolean;
            /** Format: date */
            beslotenDatum: string;
            /** @description Id van de medewerker */
            beslotenDoor: string;
            gekozenVorm: string;
            /** @description Reden van de afwijking */
            reden: string | null;
            voorgesteldeVorm: string;
        };
        Locatie: {
            aanbiederId: string;
            /** @default  */
            adres: string;
            /** @default null */
            breedtegraad: number | null;
            /** @default null */
            gemeenteCode: string | null;
            id: string;
            /** @default null */
            lengtegraad: number | null;
            naam: string;
            /** @default  */
            openingstijden: string;
            /** @default  */
            plaats: string;
            /** @default  */
            postcode: string;
            /** @default [] */
            toegankelijkheid: ("openbaar-vervoer" | "parkeren" | "rolstoeltoegankelijk")[];
            /** @default  */
            toegankelijkheidToelichting: string;
            versie: number;
        };
        LocatieInvoerInput: {
            /** @default  */
            adres: string;
            /** @default null */
            breedtegraad: number | null;
            /** @default null */
            gemeenteCode: string | null;
            /** @default null */
            lengtegraad: number | null;
            naam: string;
            /** @default  */
            openingstijden: string;
            /** @default  */
            plaats: string;
            /** @default  */
            postcode: string;
            /** @default [] */
            toegankelijkheid: ("openbaar-vervoer" | "parkeren" | "rolstoeltoegankelijk")[];
            /** @default  */
            toegankelijkheidToelichting: string;
        };
        LogboekControle: {
            gecontroleerd: number;
            /** @description Regels die nog niet verzegeld konden worden (hun transactie liep nog); geen fout */
            inAfwachting: number;
            intact: boolean;
            /** @description Het einde van de keten: noteer dit buiten de database om later te bewijzen dat er niets is weggehaald */
            laatsteZegel: {
                hash: string;
                volgnummer: number;
            } | null;
            problemen: {
                probleem: string;
                volgnummer: number;
            }[];
        };
        LogboekRegel: {
            /** @description Gepseudonimiseerd kenmerk van de persoon wiens gegevens zijn verwerkt */
            betrokkene: string | null;
            doel: string;
            gebruikerId: string | null;
            handeling: string;
            /** @description Hash van de regel in de keten; leeg zolang de regel nog niet verzegeld is (meestal minder dan een seconde) */
            hash: string;
            organisatie: string | null;
            rol: string | null;
            tijdstip: string;
            traceId: string | null;
            uitkomst: string;
            verwerkingsactiviteit: string;
            /** @description Of de regel al in de hashketen is opgenomen (verzegeld) */
            verzegeld: boolean;
            verzoekId: string | null;
            volgnummer: number;
        };
        MeeContinuiteit: {
            gemiddeldeDoorlooptijdMaanden: number;
            /** @description Leeg (null) als het aantal onder de 5 ligt en u regionaal of landelijk kijkt */
            nietLopendOpOvergangsdatum: number | null;
            /** @description Kleine aantallen (< 5) zijn weggelaten */
            onderdrukt: boolean;
            /** Format: date */
            overgangsdatum: string;
            /** Format: date */
            peildatum: string;
            perGemeente: {
                /** @description Leeg (null) als het aantal onder de 5 ligt en u regionaal of landelijk kijkt */
                afgerond: number | null;
                /** @description Leeg (null) als het aantal onder de 5 ligt en u regionaal of landelijk kijkt */
                bijMee: number | null;
                gemeenteCode: string;
                /** @description Leeg (null) als het aantal onder de 5 ligt en u regionaal of landelijk kijkt */
                overgedragen: number | null;
                /** @description Nog bij MEE terwijl de verwachte einddatum (start + 4 maanden) voorbij is */
                overTijd: number | null;
                /** @description Leeg (null) als het aantal onder de 5 ligt en u regionaal of landelijk kijkt */
                totaal: number | null;
            }[];
            perMeeOrganisatie: {
                /** @description Leeg (null) als het aantal onder de 5 ligt en u regionaal of landelijk kijkt */
                afgerond: number | null;
                /** @description Leeg (null) als het aantal onder de 5 ligt en u regionaal of landelijk kijkt */
                bijMee: number | null;
                meeOrganisatie: string;
                /** @description Leeg (null) als het aantal onder de 5 ligt en u regionaal of landelijk kijkt */
                overgedragen: number | null;
                /** @description Nog bij MEE terwijl de verwachte einddatum (start + 4 maanden) voorbij is */
                overTijd: number | null;
                /** @description Leeg (null) als het aantal onder de 5 ligt en u regionaal of landelijk kijkt */
                totaal: number | null;
            }[];
            totaal: components["schemas"]["ContinuiteitAantallen"];
        };
        MeeImportResultaat: {
            aantal: number;
            dossierIds: string[];
        };
        MeeInformatiepakket: {
            /** @enum {string} */
            bron: "dossiers" | "ingevuld" | "import";
            clienten: number;
            collectieveTaken: string[];
            gemeenteCode: string;
            ivh: {
                aangemeldeKinderen: number | null;
                /** @enum {string} */
                kostenBron: "ingevuld" | "budget" | "onbekend";
                kostenCenten: number | null;
                netwerken: number | null;
                omvang: string;
            };
            jaar: number;
            /** @description Kortdurende informatie- en adviesvragen */
            korteVragen: number;
            /** @enum {string} */
            korteVragenBron: "dossiers" | "ingevuld";
            meeOrganisatie: string;
            netwerken: string[];
            perDoelgroep: {
                [key: string]: number;
            };
            perLeeftijd: {
                [key: string]: number;
            };
            perLevensdomein: {
                [key: string]: number;
            };
            plustaken: string[];
            /** @description Toerusten van derden: mantelzorgers, vrijwilligers, professionals */
            toerusting: string[];
            versie: number;
        };
        MeeMonitorImportResultaat: {
            aantal: number;
        };
        MeeOrganisatie: {
            aantalGemeenten: number;
            code: string;
            naam: string;
            naamvarianten: string[];
        };
        Melding: {
            bericht: string;
            gelezenOp: string | null;
            gemeente: {
                code: string;
                naam: string;
            };
            ronde: {
                id: string;
                naam: string;
            };
            /** @enum {string} */
            soort: "voor_deadline" | "na_deadline";
            /** @description Tijdstip (UTC) */
            verstuurdOp: string;
        };
        MijnVragen: {
            vragen: components["schemas"]["EigenVraag"][];
        };
        MonitorDoorgerekend: {
            gemeenten: {
                cbsCode: string;
                herkomst: {
                    cbsCode: string;
                    geheel: boolean;
                    naam: string;
                    /** @description Fase uit de ingediende antwoorden, of "geen antwoord" */
                    stand: string;
                }[];
                naam: string;
                wijze: string;
            }[];
            naarIndeling: number;
            ronde: {
                id: string;
                naam: string;
            };
            vanIndeling: number;
        };
        MonitorUitspraak: {
            /** @enum {string} */
            bron: "tvs" | "mee_monitor" | "bericht" | "staatssecretaris";
            bronNaam: string;
            citaat: string;
            /**
             * Format: date
             * @description De datum van het document met de uitspraak
             */
            gemeldOp: string;
            id: string;
            /** @description Woorden in plaats van een cijfer, zoals de bron ze gebruikt ("nagenoeg alle") */
            kwantor: string | null;
            /** @enum {string} */
            maat: "geen_afspraken" | "niets_in_voorbereiding" | "ambtelijk_of_verder" | "college_of_verder" | "definitief" | "kwalitatief";
            /** @description Alleen als de bron het totaal noemt */
            noemer: number | null;
            /**
             * Format: date
             * @description De datum waarover de uitspraak gaat, als de bron die noemt
             */
            peildatum: string | null;
            /** @description De datum zoals de bron die noemt, of waarom er geen is */
            peildatumTekst: string;
            percentage: number | null;
            rondeId: string | null;
            /** @description Alleen als de bron het aantal noemt */
            teller: number | null;
            toelichting: string;
            /** @description Het brondocument en de plaats daarin */
            vindplaats: string;
            /** @description De uitspraak in één zin, met bron en datum */
            zin: string;
        };
        NieuwApiToken: {
            aangemaaktOp: string;
            /** Format: uuid */
            id: string;
            ingetrokkenOp: string | null;
            laatstGebruiktOp: string | null;
            naam: string;
            scopes: ("sessie" | "budget:besteding-schrijven" | "gebruikers:beheren" | "logboek:lezen" | "logboek:controleren" | "monitor:totalen" | "monitor:antwoorden-lezen" | "monitor:antwoorden-schrijven" | "monitor:opvolgen" | "monitor:importeren" | "dossiers:lezen" | "dossiers:schrijven" | "dossiers:beslisser-toewijzen" | "dossiers:importeren" | "sociale-kaart:beheren" | "beleid:lezen" | "beleid:schrijven" | "portaal:eigen-vragen" | "verantwoording:lezen" | "verantwoording:indienen" | "verantwoording:beoordelen" | "verantwoording:totalen" | "activiteiten:importeren" | "activiteiten:lezen")[];
            /** @description Bewaar dit token veilig: het wordt niet opnieuw getoond */
            token: string;
            verlooptOp: string;
        };
        NieuweVerwijzing: {
            aanbieder: string;
            id: string;
            reden: string;
            /** @enum {string|null} */
            uitkomst: "geholpen" | "wachtlijst" | "afgewezen" | "afgezien" | null;
            /** Format: date */
            uitkomstDatum: string | null;
            uitkomstToelichting: string;
            /** Format: date */
            verwezenDatum: string;
            vraagId: string | null;
            /** @description Bijvoorbeeld: geen geldige toestemming om gegevens met deze aanbieder te delen */
            waarschuwingen: string[];
        };
        Notitie: {
            /** Format: date */
            datum: string;
            id: string;
            /** @enum {string|null} */
            kanaal: "telefonisch" | "digitaal" | "fysiek_loket" | "huisbezoek" | "signalering" | null;
            /** @enum {string} */
            soort: "notitie" | "contactmoment";
            tekst: string;
            /** @description Wanneer het werd vastgelegd (UTC) */
            tijdstip: string;
            /** @description Id van de medewerker */
            vastgelegdDoor: string | null;
            /** @description Naam van de medewerker; leeg als die niet bekend is */
            vastgelegdDoorNaam: string | null;
            vraagId: string | null;
        };
        OidcConfiguratie: {
            /** @description Is inloggen via een identiteitsprovider (OIDC) mogelijk? */
            ingeschakeld: boolean;
            /** @description Tekst voor de inlogknop */
            naam: string;
        };
        OndersteunerToewijzingInput: {
            /**
             * Format: date
             * @description Standaard: vandaag
             */
            datum?: string;
            /** @description Bij professioneel: id van een cliëntondersteuner van deze gemeente */
            medewerkerId?: string;
            /** @description Bij informeel: naam van de informele ondersteuner */
            naam?: string;
            /**
             * @description Bij informeel: relatie tot de cliënt
             * @enum {string}
             */
            relatie?: "familie" | "naaste" | "vrijwilliger" | "vertegenwoordiger" | "ervaringsdeskundige";
            /**
             * @description Een cliëntondersteuner van de gemeente, of iemand die de cliënt zelf koos
             * @enum {string}
             */
            soort: "professioneel" | "informeel";
            telefoon?: string;
        };
        Ondersteuningsplan: {
            /** @description Eén gezin, één plan: zoveel dossiers delen dit plan */
            aantalDossiersInHuishouden: number;
            afspraken: {
                /** Format: date */
                datum: string | null;
                id: string;
                omschrijving: string;
                resultaten: string[];
                wie: string;
                /** @enum {string} */
                wieSoort: "client" | "netwerk" | "ondersteuner" | "aanbieder";
                wieSoortNaam: string;
            }[];
            akkoord: {
                /** Format: date */
                datum: string;
                /** @description Geldt het akkoord voor het plan zoals het nu is? */
                huidigeVersie: boolean;
                versie: number;
            } | null;
            /** Format: date */
            gewijzigdDatum: string | null;
            /** @description Naam van wie de laatste versie opsloeg */
            gewijzigdDoor: string | null;
            resultaten: {
                id: string;
                /** @enum {string|null} */
                leefgebied: "opvoeding_en_ontwikkeling" | "zelfstandig_wonen_en_samenleven" | "leren_en_werken" | "regelgeving_en_geldzaken" | "vrienden_en_relaties" | "vrije_tijd_en_sport" | null;
                omschrijving: string;
            }[];
            /** @enum {string} */
            status: "akkoord" | "eerdere_versie" | "niet_akkoord";
            /** @description Voor If-Match; 0 als er nog geen plan is opgeslagen */
            versie: number;
        };
        OndersteuningsplanInvoerInput: {
            afspraken: {
                /**
                 * Format: date
                 * @description Wanneer het gedaan moet zijn of begint
                 * @default null
                 */
                datum: string | null;
                /** @description Laat leeg voor een nieuwe afspraak */
                id?: string;
                /** @description De oplossing of het arrangement dat is afgesproken */
                omschrijving: string;
                /**
                 * @description Ids van de resultaten waar deze afspraak aan bijdraagt; een nieuw resultaat zonder id met zijn plaats in de lijst, bijvoorbeeld "#0"
                 * @default []
                 */
                resultaten: string[];
                /**
                 * @description Naam van wie het doet; niet nodig als de cliënt het zelf doet
                 * @default
                 */
                wie: string;
                /**
                 * @description Wie het doet: de cliënt, iemand uit het netwerk, de ondersteuner of een aanbieder
                 * @enum {string}
                 */
                wieSoort: "client" | "netwerk" | "ondersteuner" | "aanbieder";
            }[];
            /**
             * Format: date
             * @description De dag waarop de cliënt akkoord ging met het plan zoals het nu wordt opgeslagen. Leeg, of de datum van het vorige akkoord: geen nieuw akkoord.
             * @default null
             */
            akkoordDatum: string | null;
            resultaten: {
                /** @description Laat leeg voor een nieuw resultaat */
                id?: string;
                /** @enum {string|null} */
                leefgebied?: "opvoeding_en_ontwikkeling" | "zelfstandig_wonen_en_samenleven" | "leren_en_werken" | "regelgeving_en_geldzaken" | "vrienden_en_relaties" | "vrije_tijd_en_sport" | null;
                omschrijving: string;
            }[];
        };
        Ontvangstbevestiging: {
            clientondersteunerGevraagd: boolean;
            /**
             * Format: date
             * @description Uiterlijk op deze dag neemt iemand contact op
             */
            contactUiterlijkDatum: string;
            /** @description De vraag staat onder "Mijn vragen" van de ingelogde inwoner */
            gekoppeldAanAccount: boolean;
            gemeente: {
                code: string;
                naam: string;
            };
            /** Format: date */
            gesteldDatum: string;
            /** @description Nummer van de vraag, bijvoorbeeld NV-7K3Q-X9MB (geen persoonsgegevens) */
            referentie: string;
            /** @description Wat er nu gebeurt, in gewone taal */
            vervolgstappen: string[];
        };
        Opvolging: {
            gebeurtenissen: components["schemas"]["OpvolgingGebeurtenis"][];
            geescaleerd: boolean;
            ondersteuningsteam: string | null;
            /**
             * Format: date
             * @description Uiterlijke datum voor de gevraagde toelichting
             */
            toelichtingDeadlineDatum: string | null;
            /** @description Voor If-Match; 0 = nog geen opvolging vastgelegd */
            versie: number;
        };
        OpvolgingGebeurtenis: {
            id: number;
            notitie: string;
            /** @enum {string} */
            soort: "team_toegewezen" | "toelichting_gevraagd" | "contact" | "besluit" | "escalatie" | "geaccepteerd";
            /** @description Wanneer het gebeurde */
            tijdstip: string;
            /** @description Id van de gebruiker die het vastlegde */
            vastgelegdDoor: string | null;
        };
        OpvolgingGemeente: {
            achterblijver: boolean;
            /** @enum {string|null} */
            fase: "geen" | "in_voorbereiding" | "ambtelijk" | "college" | "definitief" | null;
            gemeente: {
                code: string;
                naam: string;
            };
            jeugdregio: {
                code: string;
                naam: string;
            };
            opvolging: components["schemas"]["Opvolging"];
            redenen: ("geen_antwoord" | "geen_afspraken" | "geen_gecontracteerde_aanbieder")[];
            /** @enum {string} */
            status: "niet_gestart" | "concept" | "ingediend" | "toelichting_gevraagd" | "geaccepteerd";
        };
        OrganisatieBeveiliging: {
            /** @description Moeten medewerkers die met een wachtwoord inloggen een authenticator-app gebruiken? */
            tweedeFactorVerplicht: boolean;
        };
        OrganisatieBeveiligingInput: {
            /** @description Moeten medewerkers die met een wachtwoord inloggen een authenticator-app gebruiken? */
            tweedeFactorVerplicht: boolean;
        };
        PrimaireVerdeling: {
            gemeenten: components["schemas"]["PrimaireVerdelingRegel"][];
            /** @description Gemeentelijke indeling waarin de aantallen zijn geteld */
            indeling: number;
            jaar: number;
            samenvatting: {
                afronding: number;
                gelijk: number;
                gemeenten: number;
                invoer: number;
                inwonersOntbreken: number;
                vergeleken: number;
            };
            /** @description Jaar van de budgetten per MEE-organisatie die zijn verdeeld */
            tabel3Jaar: number;
        };
        PrimaireVerdelingRegel: {
            budgetIvh: components["schemas"]["Herkomst"];
            budgetMee: components["schemas"]["Herkomst"];
            /** @description MEE-cliënten in het peiljaar */
            clienten: number;
            clientenaandeel: string;
            /** @description Afgeleid uit de gepubliceerde tabel (niet geteld) */
            clientenAfgeleid: boolean;
            clientenBron: string | null;
            gemeente: components["schemas"]["GemeenteKort"];
            gepubliceerd: {
                budgetIvh: components["schemas"]["VergelijkingGepubliceerd"];
                budgetMee: components["schemas"]["VergelijkingGepubliceerd"];
            } | null;
            /** @description Inwoners op de peildatum (CBS); null als ze ontbreken */
            inwoners: number | null;
            inwonersaandeel: string;
            /**
             * @description ivh-kolom: de inwonertallen ontbreken en het inwonersaandeel komt uit de IVH-kolom van de gepubliceerde tabel
             * @enum {string}
             */
            inwonersBasis: "aantallen" | "ivh-kolom";
            inwonersBron: string | null;
        };
        Problem: {
            /** @description Hoeveel problemen er zijn (invalidParams kan bij een groot bestand alleen de eerste tonen) */
            aantalProblemen?: number;
            /** @description Vaste code van de fout (bijvoorbeeld niet-gevonden, versie-verouderd, ongeldige-invoer), voor programma's */
            code?: string;
            /** @description Uitleg in het Nederlands */
            detail: string;
            /** @description Het pad waar de fout optrad */
            instance?: string;
            invalidParams?: {
                code: string;
                /** @description Naam van de kolom in het ingelezen bestand */
                kolom?: string;
                /** @description Kolomletter zoals het rekenblad die toont, als de plek van de kolom bekend is */
                kolomLetter?: string;
                name: string;
                reason: string;
                /** @description Rij in het ingelezen bestand, zoals het rekenblad die toont (rij 1 = kolomnamen) */
                rij?: number;
            }[];
            /** @description HTTP-statuscode */
            status: number;
            /** @description Korte omschrijving van de soort fout */
            title: string;
            /**
             * Format: uri
             * @description Soort fout
             */
            type: string;
        };
        RegioAntwoordResultaat: {
            aantal: number;
            gemeenten: string[];
        };
        RegioGemeente: {
            aanbieders: number;
            afwegingskader: components["schemas"]["AfwegingskaderInvoer"] | (null);
            gemeenteCode: string;
            hiaten: number;
            naam: string;
            versie: number;
        };
        RegionalePool: {
            deelnemers: {
                /** @description Aandeel in het gebruik van de regio */
                aandeel: string;
                bijdrageCent: number;
                eigenBudgetCent: number;
                gebruik: number;
                gemeente: components["schemas"]["GemeenteKort"];
                herkomst: components["schemas"]["Herkomst"];
                kostenGebruikCent: number;
                /** @enum {string} */
                uitkomst: "wint" | "verliest" | "gelijk";
                verschilCent: number;
            }[];
            gebruikBron: string;
            gebruikTotaal: number;
            /** @description In de regio is geen gebruik bekend: er valt niets te vergelijken */
            geenGebruik: boolean;
            jeugdregio: {
                code: string;
                naam: string;
            };
            poolCent: number;
        };
        RegioOverzicht: {
            gedeeldeAanbieders: components["schemas"]["GedeeldeAanbieder"][];
            gemeenten: components["schemas"]["RegioGemeente"][];
            indelingsjaar: number;
            jeugdregioCode: string;
            naam: string;
            signalen: string[];
        };
        Roltoekenning: {
            organisatie: {
                code: string;
                /** @enum {string} */
                soort: "landelijk" | "jeugdregio" | "gemeente" | "mee-organisatie" | "aanbieder";
            };
            /** @enum {string} */
            rol: "landelijk" | "regio" | "gemeente-beleid" | "clientondersteuner" | "beslisser" | "aanbieder" | "privacy" | "beheer" | "inwoner";
        };
        RoltoekenningInput: {
            organisatie: {
                code: string;
                /** @enum {string} */
                soort: "landelijk" | "jeugdregio" | "gemeente" | "mee-organisatie" | "aanbieder";
            };
            /** @enum {string} */
            rol: "landelijk" | "regio" | "gemeente-beleid" | "clientondersteuner" | "beslisser" | "aanbieder" | "privacy" | "beheer" | "inwoner";
        };
        Ronde: {
            contractenVerwacht: boolean;
            /** Format: date */
            deadlineDatum: string;
            id: string;
            /** @description Gemeentelijke indeling (jaar) op de peildatum */
            indeling: number;
            naam: string;
            /** Format: date */
            openVanafDatum: string;
            /** Format: date */
            peildatum: string;
            /** @description Wat deze ronde vraagt over definitieve afspraken: de verwachting (tot en met 1 oktober 2014) of de realisatie (vanaf begin november 2014, na de motie Flierman). Twee verschillende vragen. */
            vraagDefinitieveAfspraken?: {
                /** @enum {string} */
                betekenis: "verwachting" | "realisatie";
                bron: string;
                vraag: string;
            } | null;
            vragenlijst: {
                id: string;
                versie: number;
            };
        };
        RondeAandelen: {
            ambtelijkOfVerder: components["schemas"]["Aandeel"];
            collegeOfVerder: components["schemas"]["Aandeel"];
            definitief: components["schemas"]["Aandeel"];
            /** @description Geen afspraken met MEE: fase geen of in voorbereiding (niet-geantwoord telt hier niet mee) */
            geenAfspraken: components["schemas"]["Aandeel"];
            nietGeantwoord: components["schemas"]["Aandeel"];
            nietsInVoorbereiding: components["schemas"]["Aandeel"];
        };
        RondeBronnen: {
            /** @description null: voor deze ronde is de MEE-monitor niet ingelezen */
            meeMonitor: components["schemas"]["BronCijfers"] | (null);
            ronde: components["schemas"]["Ronde"];
            transitievolgsysteem: components["schemas"]["BronCijfers"];
            uitspraken: components["schemas"]["MonitorUitspraak"][];
            zinnen: string[];
        };
        RondeSamenvatting: {
            aandelen: components["schemas"]["RondeAandelen"];
            aantalGemeenten: number;
            achterblijvers: {
                /** @enum {string|null} */
                fase: "geen" | "in_voorbereiding" | "ambtelijk" | "college" | "definitief" | null;
                gemeente: {
                    code: string;
                    naam: string;
                };
                jeugdregio: {
                    code: string;
                    naam: string;
                };
                meeOrganisatie: {
                    code: string;
                    naam: string;
                };
                redenen: ("geen_antwoord" | "geen_afspraken" | "geen_gecontracteerde_aanbieder")[];
            }[];
            /** @description Onder de gemeenten die antwoordden: met genoemde andere aanbieders, uitdrukkelijk geen, of niet bekend (telt niet als geen) */
            andereAanbieders: {
                geen: number;
                genoemd: number;
                onbekend: number;
            };
            definitieveAfspraken: components["schemas"]["DefinitieveAfspraken"];
            geantwoord: number;
            perEis: {
                [key: string]: {
                    [key: string]: number;
                };
            };
            perFase: {
                ambtelijk: number;
                college: number;
                definitief: number;
                geen: number;
                in_voorbereiding: number;
            };
            perJeugdregio: {
                aantalGemeenten: number;
                code: string;
                geantwoord: number;
                naam: string;
                perFase: {
                    ambtelijk: number;
                    college: number;
                    definitief: number;
                    geen: number;
                    in_voorbereiding: number;
                };
            }[];
            perMeeOrganisatie: {
                aantalGemeenten: number;
                code: string;
                geantwoord: number;
                naam: string;
                perFase: {
                    ambtelijk: number;
                    college: number;
                    definitief: number;
                    geen: number;
                    in_voorbereiding: number;
                };
            }[];
            responsPercentage: number;
            ronde: components["schemas"]["Ronde"];
            zinnen: string[];
        };
        RondeVeranderingen: {
            aantalGemeenten: number;
            perStatus: {
                nu: number;
                /**
                 * @description De fase van het ingediende antwoord, of geen_antwoord
                 * @enum {string}
                 */
                status: "geen" | "in_voorbereiding" | "ambtelijk" | "college" | "definitief" | "geen_antwoord";
                vorige: number;
            }[];
            ronde: components["schemas"]["Ronde"];
            veranderd: {
                gemeente: {
                    code: string;
                    naam: string;
                };
                /**
                 * @description De fase van het ingediende antwoord, of geen_antwoord
                 * @enum {string}
                 */
                nu: "geen" | "in_voorbereiding" | "ambtelijk" | "college" | "definitief" | "geen_antwoord";
                /**
                 * @description De fase van het ingediende antwoord, of geen_antwoord
                 * @enum {string}
                 */
                vorige: "geen" | "in_voorbereiding" | "ambtelijk" | "college" | "definitief" | "geen_antwoord";
            }[];
            /** @description De ronde met de laatste peildatum vóór deze; null bij de eerste ronde */
            vorigeRonde: components["schemas"]["Ronde"] | (null);
        };
        ScenarioRegel: {
            basisCent: number;
            gemeente: components["schemas"]["GemeenteKort"];
            herkomst: components["schemas"]["Herkomst"];
            scenarioCent: number;
            signalen: string[];
            verschilCent: number;
        };
        Sessie: {
            /** @description Stuur deze mee in de header X-CSRF-Token bij elke wijziging */
            csrfToken: string;
            gebruiker: components["schemas"]["Gebruiker"];
        };
        SessiesBeeindigd: {
            beeindigd: number;
        };
        SocialeKaartTaxonomie: {
            bemensing: {
                code: string;
                label: string;
            }[];
            doelgroepen: {
                basis: string;
                code: string;
                label: string;
            }[];
            hsdsTaxonomieen: {
                naam: string;
                omschrijving: string;
            }[];
            kanalen: {
                code: string;
                label: string;
            }[];
            leefgebieden: {
                code: string;
                label: string;
            }[];
            leeftijden: {
                code: string;
                label: string;
            }[];
            relaties: {
                code: string;
                label: string;
            }[];
            soortenAanbieders: {
                code: string;
                hoe: string | null;
                label: string;
                wat: string | null;
            }[];
            statussen: {
                code: string;
                label: string;
            }[];
            toegankelijkheid: {
                code: string;
                label: string;
            }[];
        };
        Termijn: {
            /**
             * Format: date
             * @description Laatste dag na verlenging volgens de Algemene termijnenwet
             */
            eindDatum: string;
            /**
             * Format: date
             * @description Laatste dag van de zes weken (Awb 6:7)
             */
            gewoneEindDatum: string;
            /** @description De laatste dag kan nog opschuiven: voor dat jaar is (nog) geen besluit over gelijkgestelde dagen bekend (artikel 3 lid 3 Algemene termijnenwet) */
            kanNogVeranderen: boolean;
            /** @description Waarom de laatste dag nog kan opschuiven, in gewone taal */
            kanNogVeranderenUitleg: string | null;
            /**
             * Format: date
             * @description Eerste dag van de termijn (dag na verzending, Awb 6:8)
             */
            startDatum: string;
            /** @description Overgeslagen dagen, bijvoorbeeld "zaterdag 4 april 2015" */
            verlengdVanwege: string[];
        };
        Tijdigheid: {
            /** @enum {string} */
            grond: "ontvangen_binnen_termijn" | "gepost_binnen_termijn" | "te_laat" | "wacht_op_ontvangst";
            /** @description Leeg zolang een op tijd geposte brief nog niet is ontvangen */
            tijdig: boolean | null;
            /** @description Waarom, met het artikel (Awb 6:9, en 6:11 als er een oordeel over verschoonbaarheid is) */
            uitleg: string;
        };
        Toestemming: {
            /** Format: date */
            gegevenDatum: string;
            /** @description Vandaag van kracht: gegeven en niet ingetrokken */
            geldig: boolean;
            id: string;
            /** Format: date */
            ingetrokkenDatum: string | null;
            ingetrokkenDoorNaam: string | null;
            /** @description Welke gegevens gedeeld mogen worden */
            onderwerp: string;
            /** @description Met wie; leeg bij toestemmingen van vóór de registratie per toestemming */
            ontvanger: string;
            /** @description Wanneer het werd vastgelegd (UTC) */
            tijdstip: string;
            toelichting: string;
            /** @description Id van de medewerker */
            vastgelegdDoor: string | null;
            vastgelegdDoorNaam: string | null;
        };
        TrendMaand: {
            antwoorden: number;
            /** @description Kalendermaand, bijvoorbeeld 2014-11 */
            maand: string;
            perFase: {
                ambtelijk: number;
                college: number;
                definitief: number;
                geen: number;
                in_voorbereiding: number;
            };
            rondeId: string;
        };
        TrendPunt: {
            aandelen: components["schemas"]["RondeAandelen"];
            aantalGemeenten: number;
            /** @description Bij het eerste punt van een nieuwe reeks: waarom de reeks hier breekt */
            breuk: string | null;
            definitieveAfspraken: components["schemas"]["DefinitieveAfspraken"];
            geantwoord: number;
            perFase: {
                ambtelijk: number;
                college: number;
                definitief: number;
                geen: number;
                in_voorbereiding: number;
            };
            /** @description De reeks van de vraag naar definitieve afspraken: punten van verschillende reeksen zijn niet te vergelijken */
            reeks: number;
            ronde: components["schemas"]["Ronde"];
        };
        TweedeFactorInstellen: {
            /** @description Het gedeelde geheim (base32), om met de hand in de app te zetten */
            geheim: string;
            /** @description otpauth://-adres voor de app (als QR-code te tonen) */
            uri: string;
        };
        VeelgesteldeVraag: {
            antwoord: string;
            gemeenteCode: string;
            /** @default true */
            gepubliceerd: boolean;
            id: string;
            /** @default 0 */
            positie: number;
            versie: number;
            vraag: string;
        };
        VeelgesteldeVraagInvoerInput: {
            antwoord: string;
            /** @default true */
            gepubliceerd: boolean;
            /** @default 0 */
            positie: number;
            vraag: string;
        };
        VerantwoordingDashboardRegel: {
            aanbiederCode: string;
            bekostigingsvorm: string;
            clienten: number | null;
            contactmomenten: number | null;
            gemeenteCode: string;
            naam: string;
            periodeId: string;
            status: string;
            /** Format: date */
            totEnMetDatum: string;
            uitgavenCenten: number | null;
            /** Format: date */
            vanafDatum: string;
            verwijzingen: number | null;
        };
        VerantwoordingHerkomst: {
            velden: {
                [key: string]: {
                    aantal: number;
                    dossierIds: string[];
                } | {
                    [key: string]: {
                        aantal: number;
                        dossierIds: string[];
                    };
                };
            };
        };
        VerantwoordingsPeriode: {
            aanbiederCode: string;
            /** @enum {string} */
            bekostigingsvorm: "functie" | "product" | "project" | "populatie";
            gemeenteCode: string;
            id: string;
            naam: string;
            /** @enum {string} */
            status: "concept" | "ingediend" | "vragen" | "geaccepteerd";
            /** Format: date */
            totEnMetDatum: string;
            /**
             * Format: date
             * @description Uiterste inleverdatum
             */
            uiterlijkDatum: string | null;
            uitgavenCenten: number | null;
            /** Format: date */
            vanafDatum: string;
            versie: number;
        };
        VerantwoordingsRapportage: {
            aanbiederCode: string;
            /** @enum {string} */
            bekostigingsvorm: "functie" | "product" | "project" | "populatie";
            berichten: {
                geschrevenOp: string;
                id: string;
                /** @enum {string} */
                kant: "aanbieder" | "gemeente";
                tekst: string;
            }[];
            geaccepteerdOp: string | null;
            gemeenteCode: string;
            id: string;
            ingediendOp: string | null;
            mogelijkeActies: ("opslaan" | "indienen" | "vraag_stellen" | "accepteren")[];
            naam: string;
            /** @enum {string} */
            status: "concept" | "ingediend" | "vragen" | "geaccepteerd";
            /** Format: date */
            totEnMetDatum: string;
            /**
             * Format: date
             * @description Uiterste inleverdatum
             */
            uiterlijkDatum: string | null;
            uitgavenCenten: number | null;
            /** @enum {string} */
            uwKant: "aanbieder" | "gemeente";
            /** Format: date */
            vanafDatum: string;
            versie: number;
            /** @description Wat Naast uit de eigen dossiers berekende toen de periode werd geopend */
            voorinvulling: {
                [key: string]: number | boolean | string | {
                    [key: string]: number;
                };
            };
            /** @description Veld → waarde; bedragen in centen; een verdeling als categorie → aantal */
            waarden: {
                [key: string]: number | boolean | string | {
                    [key: string]: number;
                };
            };
        };
        VerantwoordingsSjabloon: {
            /** @enum {string} */
            bekostigingsvorm: "functie" | "product" | "project" | "populatie";
            omschrijving: string;
            velden: {
                dimensie: string | null;
                label: string;
                sleutel: string;
                /** @enum {string} */
                soort: "geheel" | "decimaal" | "bedrag" | "janee" | "tekst" | "verdeling";
                verplicht: boolean;
                /** @description Naast berekent dit uit de eigen dossiers */
                voorIngevuld: boolean;
            }[];
        };
        VerantwoordingTotalen: {
            /** @description Leeg (null) als het aantal onder de 5 ligt */
            clienten: number | null;
            /** @description Per jeugdregio (landelijk) of per gemeente (regio) */
            groepen: {
                /** @description Leeg (null) als het aantal onder de 5 ligt */
                clienten: number | null;
                code: string;
                gemeenten: number;
                naam: string;
                rapportages: number;
                uitgavenCenten: number;
            }[];
            jaar: number;
            jeugdregioCode: string | null;
            /** @enum {string} */
            niveau: "landelijk" | "jeugdregio";
            perDoelgroep: {
                [key: string]: number | null;
            };
            perLeeftijd: {
                [key: string]: number | null;
            };
            perLevensdomein: {
                [key: string]: number | null;
            };
            rapportages: number;
            uitgavenCenten: number;
        };
        VergelijkingGemeente: {
            gemeente: {
                code: string;
                naam: string;
            };
            /**
             * @description Fase volgens de MEE-monitor
             * @enum {string|null}
             */
            meeMonitor: "geen" | "in_voorbereiding" | "ambtelijk" | "college" | "definitief" | null;
            /**
             * Format: date
             * @description Datum van de melding in de MEE-monitor, als bekend
             */
            meeMonitorDatum: string | null;
            /** @enum {string} */
            soort: "gelijk" | "verschil" | "alleen_tvs" | "alleen_mee" | "geen_van_beide";
            /** @description Positief: de MEE-monitor ziet de gemeente verder dan haar eigen antwoord */
            stappenVerschil: number | null;
            /**
             * @description Fase volgens het nieuwste ingediende antwoord van de gemeente
             * @enum {string|null}
             */
            transitiemonitor: "geen" | "in_voorbereiding" | "ambtelijk" | "college" | "definitief" | null;
        };
        VergelijkingGepubliceerd: {
            gepubliceerdCent: number;
            /**
             * @description Waarom het bedrag afwijkt; null als het gelijk is
             * @enum {string|null}
             */
            reden: "afronding" | "inwoners-ontbreken" | "invoer" | null;
            uitleg: string;
            /** @description Berekend − gepubliceerd */
            verschilCent: number;
        };
        VergelijkingMeeMonitor: {
            aantallen: {
                alleenMee: number;
                alleenTvs: number;
                geenVanBeide: number;
                gelijk: number;
                verschil: number;
            };
            gemeenten: components["schemas"]["VergelijkingGemeente"][];
            /** @description false: voor deze ronde is nog geen MEE-monitor ingelezen */
            meeMonitorIngelezen: boolean;
            ronde: components["schemas"]["Ronde"];
        };
        Verschoonbaarheid: {
            /**
             * Format: date
             * @description Dag waarop het oordeel is vastgelegd
             */
            datum: string;
            /** @description Id van de medewerker */
            door: string | null;
            reden: string;
            verschoonbaar: boolean;
        };
        Verwijzing: {
            aanbieder: string;
            id: string;
            reden: string;
            /** @enum {string|null} */
            uitkomst: "geholpen" | "wachtlijst" | "afgewezen" | "afgezien" | null;
            /** Format: date */
            uitkomstDatum: string | null;
            uitkomstToelichting: string;
            /** Format: date */
            verwezenDatum: string;
            vraagId: string | null;
        };
        VoorstelOndersteuning: {
            /** @description Waarom deze plaats in de tabel een lezing van een onduidelijke plek in de bron is */
            afgeleid: string | null;
            /** @description Opmerkingen onder de tabel die voor deze cel gelden */
            opmerkingen: string[];
            organisatievormen: ("gemeentelijk_loket" | "sociaal_wijkteam" | "sociaal_wijkteam_toegang_eerste_lijn")[];
            /** @description Kolom van Bijlage 3: mate van regie (1 = meeste, 5 = minste) */
            regie: number;
            /** @enum {string} */
            soort: "informeren" | "regie_versterken";
            soortOmschrijving: string;
            /** @description (Ideale) voorwaarden voor deze rij */
            voorwaarden: string[];
            /** @description Voorgestelde vorm van ondersteuning */
            vorm: string;
            /** @description Rij van Bijlage 3 (1–8) */
            vraagtype: number;
        };
        Vraag: {
            /** @enum {string|null} */
            afsluitreden: "afgerond" | "direct_beantwoord" | "doorverwezen" | "ingetrokken" | null;
            geschiedenis: {
                /** @enum {string|null} */
                afsluitreden: "afgerond" | "direct_beantwoord" | "doorverwezen" | "ingetrokken" | null;
                /** Format: date */
                datum: string;
                /** @enum {string} */
                naar: "eerste_contact" | "gesprek" | "vragen_verhelderen" | "oplossingen_afspreken" | "toewijzing_voorzieningen" | "arrangement" | "evaluatie" | "afgesloten";
                /** @enum {string|null} */
                van: "eerste_contact" | "gesprek" | "vragen_verhelderen" | "oplossingen_afspreken" | "toewijzing_voorzieningen" | "arrangement" | "evaluatie" | "afgesloten" | null;
            }[];
            /** Format: date */
            geslotenDatum: string | null;
            id: string;
            /**
             * @description Hoe de vraag binnenkwam
             * @enum {string}
             */
            kanaal: "telefonisch" | "digitaal" | "fysiek_loket" | "huisbezoek" | "signalering";
            keuze: components["schemas"]["KeuzeOndersteuning"] | (null);
            leefgebieden: ("opvoeding_en_ontwikkeling" | "zelfstandig_wonen_en_samenleven" | "leren_en_werken" | "regelgeving_en_geldzaken" | "vrienden_en_relaties" | "vrije_tijd_en_sport")[];
            /** @description Stappen waarnaar deze vraag nu kan (Figuur 1) */
            mogelijkeStappen: ("eerste_contact" | "gesprek" | "vragen_verhelderen" | "oplossingen_afspreken" | "toewijzing_voorzieningen" | "arrangement" | "evaluatie" | "afgesloten")[];
            regie: number | null;
            /** @enum {string} */
            stap: "eerste_contact" | "gesprek" | "vragen_verhelderen" | "oplossingen_afspreken" | "toewijzing_voorzieningen" | "arrangement" | "evaluatie" | "afgesloten";
            stapNaam: string;
            voorstel: components["schemas"]["VoorstelOndersteuning"] | (null);
            vraagtype: number | null;
        };
        VraagInvoerInput: {
            /**
             * @description Hoe de vraag binnenkwam: telefonisch, online, aan het loket, bij een huisbezoek of gesignaleerd
             * @enum {string}
             */
            kanaal: "telefonisch" | "digitaal" | "fysiek_loket" | "huisbezoek" | "signalering";
            /** @default [] */
            leefgebieden: ("opvoeding_en_ontwikkeling" | "zelfstandig_wonen_en_samenleven" | "leren_en_werken" | "regelgeving_en_geldzaken" | "vrienden_en_relaties" | "vrije_tijd_en_sport")[];
            /**
             * Format: date
             * @description Standaard: vandaag
             */
            ontvangenDatum?: string;
            /** @description De vraag in de woorden van de cliënt (wordt het eerste contactmoment) */
            tekst: string;
        };
        WmoChecklist: {
            gemeenteCode: string;
            punten: components["schemas"]["ChecklistPunt"][];
            totaal: number;
            voldaan: number;
        };
        Zoekresultaat: {
            aanbieder: {
                bemensing: string;
                email: string | null;
                id: string;
                naam: string;
                soort: string;
                telefoon: string | null;
                website: string | null;
            };
            aanbiederId: string;
            /** @description Hemelsbreed, in km, van het midden van de postcode (plaats als postcode) tot de dichtstbijzijnde locatie van de dienst; leeg zonder postcode of locatie met coördinaten */
            afstandKm: number | null;
            /**
             * @description Doelgroepen uit Tabel 1; leeg = iedereen
             * @default []
             */
            doelgroepen: ("ouderen" | "verstandelijke-beperking" | "psychische-problemen" | "autisme" | "chronisch-zieken" | "lichamelijke-beperking" | "nah" | "zintuiglijke-problemen" | "jonge-kinderen-ontwikkeling" | "relationeel-geweld" | "financiele-problemen" | "huishoudelijke-hulp" | "werk-en-scholing" | "opvoeding" | "problemen-bij-kinderen" | "dak-en-thuislozen" | "meervoudige-problematiek")[];
            eersteStap: {
                /** @enum {string} */
                soort: "telefoon" | "inloop" | "website" | "e-mail";
                /** @description In gewone taal, bijvoorbeeld "Bel 030 000 00 00 (ma–vr 9.00–12.00)" */
                tekst: string;
            } | null;
            /** @default null */
            email: string | null;
            /**
             * @description Werkgebied; leeg = de eigen gemeente
             * @default []
             */
            gemeenten: string[];
            /** @default true */
            gratis: boolean;
            /**
             * @description Tabel 2: hoe de dienst werkt
             * @default
             */
            hoe: string;
            /** @default false */
            huisbezoek: boolean;
            id: string;
            /** @default null */
            inloopspreekuur: string | null;
            /** @default [] */
            kanalen: ("telefoon" | "e-mail" | "website" | "inloop" | "huisbezoek")[];
            /** @description "Gratis" of wat de inwoner moet weten over de kosten */
            kosten: string;
            /**
             * @description Leeg = alle leefgebieden
             * @default []
             */
            leefgebieden: ("opvoeding_en_ontwikkeling" | "zelfstandig_wonen_en_samenleven" | "leren_en_werken" | "regelgeving_en_geldzaken" | "vrienden_en_relaties" | "vrije_tijd_en_sport")[];
            /**
             * @description Leeg = alle leeftijden
             * @default []
             */
            leeftijden: ("0-18" | "18-25" | "25-65" | "65+")[];
            /**
             * @description Locaties van dezelfde aanbieder waar de dienst gegeven wordt
             * @default []
             */
            locatieIds: string[];
            locaties: {
                aanbiederId: string;
                /** @default  */
                adres: string;
                /** @default null */
                breedtegraad: number | null;
                /** @default null */
                gemeenteCode: string | null;
                id: string;
                /** @default null */
                lengtegraad: number | null;
                naam: string;
                /** @default  */
                openingstijden: string;
                /** @default  */
                plaats: string;
                /** @default  */
                postcode: string;
                /** @default [] */
                toegankelijkheid: ("openbaar-vervoer" | "parkeren" | "rolstoeltoegankelijk")[];
                /** @default  */
                toegankelijkheidToelichting: string;
            }[];
            naam: string;
            /** @default  */
            omschrijving: string;
            /**
             * @default active
             * @enum {string}
             */
            status: "active" | "inactive" | "defunct" | "temporarily closed";
            /**
             * @description Taalcodes (ISO 639-1)
             * @default [
             *       "nl"
             *     ]
             */
            talen: string[];
            /** @default null */
            telefonischeBereikbaarheid: string | null;
            /** @default null */
            telefoon: string | null;
            /** @default [] */
            trefwoorden: string[];
            /** @description De woorden of zinnen van de vraag waarop de dienst is gevonden; leeg zonder vraag */
            waaromGevonden: string[];
            /**
             * @description Tabel 2: wat de dienst doet
             * @default
             */
            wat: string;
            /** @default null */
            website: string | null;
        };
    };
    responses: {
        /** @description Kan niet in de huidige toestand, of botst met gegevens die er al zijn */
        Conflict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Geen toegang met deze rol */
        GeenToegang: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Geen toegang met deze rol, of de beveiligingscode (CSRF) ontbreekt */
        GeenToegangWijziging: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Interne fout */
        InterneFout: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Niet gevonden */
        NietGevonden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Niet gevonden, of niet van een organisatie waarvoor u werkt */
        NietGevondenOfAndereOrganisatie: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Niet ingelogd, of het API-token is ongeldig, verlopen of ingetrokken */
        NietIngelogd: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Ongeldige invoer; alle fouten staan in invalidParams */
        OngeldigeInvoer: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Deze Idempotency-Key is al gebruikt voor een ander verzoek */
        SleutelHergebruikt: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Dit soort inhoud (Content-Type) wordt hier niet ondersteund */
        SoortNietOndersteund: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Het verzoek of bestand is te groot */
        TeGroot: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Te veel pogingen; probeer het later opnieuw */
        TeVeelPogingen: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description If-Match ontbreekt: stuur de versie die u wijzigt mee */
        VersieOntbreekt: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description De versie in If-Match is verouderd: iemand anders heeft intussen gewijzigd */
        VersieVerouderd: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
    };
    parameters: never;
    requestBodies: never;
    headers: {
        /** @description De volledige versie van de API (semver). */
        "API-Version": string;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    importActiviteiten: {
        parameters: {
            query?: {
                /** @description Naam van het bestand, voor het overzicht van imports */
                bestandsnaam?: string;
            };
            header?: {
                /** @description Unieke sleutel per handeling (bijvoorbeeld een UUID). Stuur dezelfde sleutel mee als u het verzoek opnieuw verstuurt; dan wordt niets dubbel aangemaakt en krijgt u het eerste antwoord terug. Geldig: 24 uur. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "text/csv": string;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActiviteitenImportResultaat"];
                };
            };
            /** @description Default Response */
            201: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActiviteitenImportResultaat"];
                };
            };
            400: components["responses"]["OngeldigeInvoer"];
            401: components["responses"]["NietIngelogd"];
            403: components["responses"]["GeenToegangWijziging"];
            404: components["responses"]["NietGevondenOfAndereOrganisatie"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["TeGroot"];
            415: components["responses"]["SoortNietOndersteund"];
            422: components["responses"]["SleutelHergebruikt"];
            500: components["responses"]["InterneFout"];
        };
    };
    getActiviteitenSamenvatting: {
        parameters: {
            query: {
                /** @description Code van de gemeente, bijvoorbeeld utrecht */
                gemeenteCode: string;
                /** @description Laatste dag van de periode (tot en met) */
                tot: string;
                /** @description Eerste dag van de periode */
                van: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActiviteitenSamenvatting"];
                };
            };
            400: components["responses"]["OngeldigeInvoer"];
            401: components["responses"]["NietIngelogd"];
            403: components["responses"]["GeenToegang"];
            404: components["responses"]["NietGevondenOfAndereOrganisatie"];
            500: components["responses"]["InterneFout"];
        };
    };
    listApiTokens: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiToken"][];
                };
            };
            400: components["responses"]["OngeldigeInvoer"];
            401: components["responses"]["NietIngelogd"];
            403: components["responses"]["GeenToegang"];
            404: components["responses"]["NietGevondenOfAndereOrganisatie"];
            500: components["responses"]["InterneFout"];
        };
    };
    createApiToken: {
        parameters: {
            query?: never;
            header?: {
                /** @description Unieke sleutel per handeling (bijvoorbeeld een UUID). Stuur dezelfde sleutel mee als u het verzoek opnieuw verstuurt; dan wordt niets dubbel aangemaakt en krijgt u het eerste antwoord terug. Geldig: 24 uur. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default 90 */
                    geldigDagen?: number;
                    naam: string;
                    scopes: ("sessie" | "budget:besteding-schrijven" | "gebruikers:beheren" | "logboek:lezen" | "logboek:controleren" | "monitor:totalen" | "monitor:antwoorden-lezen" | "monitor:antwoorden-schrijven" | "monitor:opvolgen" | "monitor:importeren" | "dossiers:lezen" | "dossiers:schrijven" | "dossiers:beslisser-toewijzen" | "dossiers:importeren" | "sociale-kaart:beheren" | "beleid:lezen" | "beleid:schrijven" | "portaal:eigen-vragen" | "verantwoording:lezen" | "verantwoording:indienen" | "verantwoording:beoordelen" | "verantwoording:totalen" | "activiteiten:importeren" | "activiteiten:lezen")[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NieuwApiToken"];
                };
            };
            400: components["responses"]["OngeldigeInvoer"];
            401: components["responses"]["NietIngelogd"];
            403: components["responses"]["GeenToegangWijziging"];
            404: components["responses"]["NietGevondenOfAndereOrganisatie"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["TeGroot"];
            415: components["responses"]["SoortNietOndersteund"];
            422: components["responses"]["SleutelHergebruikt"];
            500: components["responses"]["InterneFout"];
        };
    };
    deleteApiToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Ingetrokken */
            204: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": null;
                };
            };
            400: components["responses"]["OngeldigeInvoer"];
            401: components["responses"]["NietIngelogd"];
            403: components["responses"]["GeenToegangWijziging"];
            404: components["responses"]["NietGevondenOfAndereOrganisatie"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InterneFout"];
        };
    };
    listBeleidAanbieders: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                gemeenteCode: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BeleidAanbieder"][];
                };
            };
            400: components["responses"]["OngeldigeInvoer"];
            401: components["responses"]["NietIngelogd"];
            403: components["responses"]["GeenToegang"];
            404: components["responses"]["NietGevondenOfAndereOrganisatie"];
            500: components["responses"]["InterneFout"];
        };
    };
    getAfwegingskader: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                gemeenteCode: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Afwegingskader"];
                };
            };
            400: components["responses"]["OngeldigeInvoer"];
            401: components["responses"]["NietIngelogd"];
            403: components["responses"]["GeenToegang"];
            404: components["responses"]["NietGevondenOfAndereOrganisatie"];
            500: components["responses"]["InterneFout"];
        };
    };
    putAfwegingskader: {
        parameters: {
            query?: never;
            header?: {
                "if-match"?: string;
                "if-none-match"?: string;
            };
            path: {
                gemeenteCode: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AfwegingskaderInvoerInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Afwegingskader"];
                };
            };
            400: components["responses"]["OngeldigeInvoer"];
            401: components["responses"]["NietIngelogd"];
            403: components["responses"]["GeenToegangWijziging"];
            404: components["responses"]["NietGevondenOfAndereOrganisatie"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["VersieVerouderd"];
            413: components["responses"]["TeGroot"];
            415: components["responses"]["SoortNietOndersteund"];
            428: components["responses"]["VersieOntbreekt"];
            500: components["responses"]["InterneFout"];
        };
    };
    getBeleidsplanConcept: {
        parameters: {
            query?: {
                formaat?: "markdown" | "html" | "pdf";
            };
            header?: never;
            path: {
                gemeenteCode: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description De tekst (text/markdown, application/msword of application/pdf) */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/msword": string;
                    "application/pdf": string;
                    "text/markdown": string;
                };
            };
            400: components["responses"]["OngeldigeInvoer"];
            401: components["responses"]["NietIngelogd"];
            403: components["responses"]["GeenToegang"];
            404: components["responses"]["NietGevondenOfAndereOrganisatie"];
            500: components["responses"]["InterneFout"];
        };
    };
    getWmoChecklist: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                gemeenteCode: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WmoChecklist"];
                };
            };
            400: components["responses"]["OngeldigeInvoer"];
            401: components["responses"]["NietIngelogd"];
            403: components["responses"]["GeenToegang"];
            404: components["responses"]["NietGevondenOfAndereOrganisatie"];
            500: components["responses"]["InterneFout"];
        };
    };
    getDekking: {
        parameters: {
            query?: {
                /** @description json, of een download: csv (puntkomma, UTF-8 met BOM) of xlsx */
                formaat?: "json" | "csv" | "xlsx";
                /** @description Vanaf zoveel aanbieders heet een cel overlap */
                overlapVanaf?: number;
            };
            header?: never;
            path: {
                gemeenteCode: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Dekking"];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            400: components["responses"]["OngeldigeInvoer"];
            401: components["responses"]["NietIngelogd"];
            403: components["responses"]["GeenToegang"];
            404: components["responses"]["NietGevondenOfAndereOrganisatie"];
            500: components["responses"]["InterneFout"];
        };
    };
    getRegioBeleidsoverzicht: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                jeugdregioCode: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegioOverzicht"];
                };
            };
            400: components["responses"]["OngeldigeInvoer"];
            401: components["responses"]["NietIngelogd"];
            403: components["responses"]["GeenToegang"];
            404: components["responses"]["NietGevondenOfAndereOrganisatie"];
            500: components["responses"]["InterneFout"];
        };
    };
    importAantallen: {
        parameters: {
            query: {
                /** @description Bron van de aantallen, bijvoorbeeld "CBS StatLine 03759NED" */
                bron: string;
            };
            header?: never;
            path: {
                jaar: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                "text/csv": string;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AantallenImportResultaat"];
                };
            };
            400: components["responses"]["OngeldigeInvoer"];
            401: components["responses"]["NietIngelogd"];
            403: components["responses"]["GeenToegangWijziging"];
            404: components["responses"]["NietGevondenOfAndereOrganisatie"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["TeGroot"];
            415: components["responses"]["SoortNietOndersteund"];
            500: components["responses"]["InterneFout"];
        };
    };
    listBestedingen: {
        parameters: {
            query?: {
                bestedingsjaar?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Besteding"][];
                };
            };
            400: components["responses"]["OngeldigeInvoer"];
            401: components["responses"]["NietIngelogd"];
            500: components["responses"]["InterneFout"];
        };
    };
    putBesteding: {
        parameters: {
            query?: never;
            header?: {
                "if-match"?: string;
                "if-none-match"?: string;
            };
            path: {
                bestedingsjaar: number;
                gemeenteCode: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    bedragCent: number;
                    /** @default null */
                    toelichting?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Besteding"];
                };
            };
            400: components["responses"]["OngeldigeInvoer"];
            401: components["responses"]["NietIngelogd"];
            403: components["responses"]["GeenToegangWijziging"];
            404: components["responses"]["NietGevondenOfAndereOrganisatie"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["VersieVerouderd"];
            413: components["responses"]["TeGroot"];
            415: components["responses"]["SoortNietOndersteund"];
            428: components["responses"]["VersieOntbreekt"];
            500: components["responses"]["InterneFout"];
        };
    };
    importBestedingen: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                bestedingsjaar: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                "text/csv": string;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportResultaat"];
                };
            };
            400: components["responses"]["OngeldigeInvoer"];
            401: components["responses"]["NietIngelogd"];
            403: components["responses"]["GeenToegangWijziging"];
            404: components["responses"]["NietGevondenOfAndereOrganisatie"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["TeGroot"];
            415: components["responses"]["SoortNietOndersteund"];
            500: components["responses"]["InterneFout"];
        };
    };
    getBudgetcontrole: {
        parameters: {
            query?: {
                /** @description Budgetjaar */
                jaar?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Budgetcontrole"];
                };
            };
            400: components["responses"]["OngeldigeInvoer"];
            401: components["responses"]["NietIngelogd"];
            500: components["responses"]["InterneFout"];
        };
    };
    getFrictiekosten: {
        parameters: {
            query?: {
                bestedingsjaar?: number;
                /** @description json, of een download: csv (puntkomma, UTF-8 met BOM) of xlsx */
                formaat?: "json" | "csv" | "xlsx";
                /** @description Budgetjaar */
                jaar?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Frictiekosten"];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            400: components["responses"]["OngeldigeInvoer"];
            401: components["responses"]["NietIngelogd"];
            500: components["responses"]["InterneFout"];
        };
    };
    importGebruik: {
        parameters: {
            query: {
                /** @description Bron van de aantallen */
                bron: string;
            };
            header?: never;
            path: {
                jaar: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                "text/csv": string;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AantallenImportResultaat"];
                };
            };
            400: components["responses"]["OngeldigeInvoer"];
            401: components["responses"]["NietIngelogd"];
            403: components["responses"]["GeenToegangWijziging"];
            404: components["responses"]["NietGevondenOfAndereOrganisatie"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["TeGroot"];
            415: components["responses"]["SoortNietOndersteund"];
            500: components["responses"]["InterneFout"];
        };
    };
    getBudgetkaart: {
        parameters: {
            query?: {
                /** @description Gemeentelijke indeling (standaard die van de publicatie) */
                indeling?: number;
                /** @description Budgetjaar */
                jaar?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Budgetkaart"];
                };
            };
            400: components["responses"]["OngeldigeInvoer"];
            401: components["responses"]["NietIngelogd"];
            500: components["responses"]["InterneFout"];
        };
    };
    getPrimaireVerdeling: {
        parameters: {
            query?: {
                /** @description Budgetjaar */
                jaar?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PrimaireVerdeling"];
                };
            };
            400: components["responses"]["OngeldigeInvoer"];
            401: components["responses"]["NietIngelogd"];
            500: components["responses"]["InterneFout"];
        };
    };
    getBudgetrapport: {
        parameters: {
            query?: {
                formaat?: "pdf" | "html";
                /** @description Budgetjaar */
                jaar?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Het rapport (application/pdf of text/html) */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                    "text/html": string;
                };
            };
            400: components["responses"]["OngeldigeInvoer"];
            401: components["responses"]["NietIngelogd"];
            500: components["responses"]["InterneFout"];
        };
    };
    listRegionalePools: {
        parameters: {
            query?: {
                /** @description Bijdrage volgens de gepubliceerde tabel of de primaire gegevens */
                basis?: "gepubliceerd" | "primair";
                /** @description Gebruik uit ingelezen aantallen of uit de dossiers; standaard import als er voor dit jaar is ingelezen */
                gebruik?: "import" | "dossiers";
                /** @description Budgetjaar */
                jaar?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegionalePool"][];
                };
            };
            400: components["responses"]["OngeldigeInvoer"];
            401: components["responses"]["NietIngelogd"];
            500: components["responses"]["InterneFout"];
        };
    };
    getBudgetscenario: {
        parameters: {
            query?: {
                /** @description json, of een download: csv (puntkomma, UTF-8 met BOM) of xlsx */
                formaat?: "json" | "csv" | "xlsx";
                /** @description Deel van het budget dat naar inwoners gaat (de rest naar MEE-cliënten) */
                inwonersPercentage?: number;
                /** @description Budgetjaar */
                jaar?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScenarioRegel"][];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            400: components["responses"]["OngeldigeInvoer"];
            401: components["responses"]["NietIngelogd"];
            500: components["responses"]["InterneFout"];
        };
    };
    listBudgetverdelingen: {
        parameters: {
            query?: {
                /** @description primair: uit inwoners en MEE-cliënten met de verdeelsleutel (uitleg per gemeente: /budget/primaire-verdeling) */
                bron?: "gepubliceerd" | "berekend" | "primair";
                /** @description json, of een download: csv (puntkomma, UTF-8 met BOM) of xlsx */
                formaat?: "json" | "csv" | "xlsx";
                /** @description Toon de bedragen in de gemeentelijke indeling van dit jaar */
                indeling?: number;
                /** @description Budgetjaar */
                jaar?: number;
                jeugdregio?: string;
                meeOrganisatie?: string;
                /** @description Paginanummer, vanaf 1 */
                pagina?: number;
                /** @description Aantal per pagina (maximaal 500) */
                paginaGrootte?: number;
                zoek?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Budgetverdeling"][];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            400: components["responses"]["OngeldigeInvoer"];
            401: components["responses"]["NietIngelogd"];
            500: components["responses"]["InterneFout"];
        };
    };
    getBudgetverdeling: {
        parameters: {
            query?: {
                /** @description Budgetjaar */
                jaar?: number;
            };
            header?: never;
            path: {
                gemeenteCode: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BudgetverdelingUitleg"];
                };
            };
            400: components["responses"]["OngeldigeInvoer"];
            401: components["responses"]["NietIngelogd"];
            404: components["responses"]["NietGevonden"];
            500: components["responses"]["InterneFout"];
        };
    };
    createDossier: {
        parameters: {
            query?: never;
            header?: {
                /** @description Unieke sleutel per handeling (bijvoorbeeld een UUID). Stuur dezelfde sleutel mee als u het verzoek opnieuw verstuurt; dan wordt niets dubbel aangemaakt en krijgt u het eerste antwoord terug. Geldig: 24 uur. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    client: components["schemas"]["ClientInvoerInput"];
                    /** @description Nodig als u voor meer dan één gemeente werkt */
                    gemeenteCode?: string;
                    vraag: components["schemas"]["VraagInvoerInput"];
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Dossier"];
                };
            };
            400: components["responses"]["OngeldigeInvoer"];
            401: components["responses"]["NietIngelogd"];
            403: components["responses"]["GeenToegangWijziging"];
            404: components["responses"]["NietGevondenOfAndereOrganisatie"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["TeGroot"];
            415: components["responses"]["SoortNietOndersteund"];
            422: components["responses"]["SleutelHergebruikt"];
            500: components["responses"]["InterneFout"];
        };
    };
    getDossier: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id van het dossier */
                dossierId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Dossier"];
                };
            };
            400: components["responses"]["OngeldigeInvoer"];
            401: components["responses"]["NietIngelogd"];
            403: components["responses"]["GeenToegang"];
            404: components["responses"]["NietGevondenOfAndereOrganisatie"];
            500: components["responses"]["InterneFout"];
        };
    };
    requestAnderOndersteuner: {
        parameters: {
            query?: never;
            header?: {
                /** @description Versie van het dossier, bijvoorbeeld "3" (412 als die verouderd is) */
                "if-match"?: string;
            };
            path: {
                /** @description Id van het dossier */
                dossierId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: date
                     * @description Standaard: vandaag
                     */
                    datum?: string;
                    /** @description In de woorden van de cliënt, als hij die wil geven */
                    reden?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Dossier"];
                };
            };
            400: components["responses"]["OngeldigeInvoer"];
            401: components["responses"]["NietIngelogd"];
            403: components["responses"]["GeenToegangWijziging"];
            404: components["responses"]["NietGevondenOfAndereOrganisatie"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["VersieVerouderd"];
            413: components["responses"]["TeGroot"];
            415: components["responses"]["SoortNietOndersteund"];
            428: components["responses"]["VersieOntbreekt"];
            500: components["responses"]["InterneFout"];
        };
    };
    addBeslisser: {
        parameters: {
            query?: never;
            header?: {
                /** @description Unieke sleutel per handeling (bijvoorbeeld een UUID). Stuur dezelfde sleutel mee als u het verzoek opnieuw verstuurt; dan wordt niets dubbel aangemaakt en krijgt u het eerste antwoord terug. Geldig: 24 uur. */
                "idempotency-key"?: string;
                /** @description Versie van het dossier, bijvoorbeeld "3" (412 als die verouderd is) */
                "if-match"?: string;
            };
            path: {
                /** @description Id van het dossier */
                dossierId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Id van een beslisser van deze gemeente; standaard uzelf */
                    beslisserId?: string;
                    /**
                     * Format: date
                     * @description Standaard: vandaag
                     */
                    datum?: string;
                    /** @description De aangevraagde voorziening, bijvoorbeeld "woningaanpassing" */
                    voorziening: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BeslisserToewijzing"];
                };
            };
            400: components["responses"]["OngeldigeInvoer"];
            401: components["responses"]["NietIngelogd"];
            403: components["responses"]["GeenToegangWijziging"];
            404: components["responses"]["NietGevondenOfAndereOrganisatie"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["VersieVerouderd"];
            413: components["responses"]["TeGroot"];
            415: components["responses"]["SoortNietOndersteund"];
            422: components["responses"]["SleutelHergebruikt"];
            428: components["responses"]["VersieOntbreekt"];
            500: components["responses"]["InterneFout"];
        };
    };
    addBezwaar: {
        parameters: {
            query?: never;
            header?: {
                /** @description Unieke sleutel per handeling (bijvoorbeeld een UUID). Stuur dezelfde sleutel mee als u het verzoek opnieuw verstuurt; dan wordt niets dubbel aangemaakt en krijgt u het eerste antwoord terug. Geldig: 24 uur. */
                "idempotency-key"?: string;
                /** @description Versie van het dossier, bijvoorbeeld "3" (412 als die verouderd is) */
                "if-match"?: string;
            };
            path: {
                /** @description Id van het dossier */
                dossierId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Waar het over gaat, bijvoorbeeld het besluit over een woningaanpassing */
                    onderwerp: string;
                    /** @enum {string} */
                    soort: "klacht" | "bezwaar" | "beroep";
                    /**
                     * Format: date
                     * @description Bij bezwaar en beroep: de dag waarop het besluit is verzonden of uitgereikt
                     */
                    verzendDatum?: string;
                    /** @description Id van de vraag waar dit bij hoort */
                    vraagId?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Bezwaar"];
                };
            };
            400: components["responses"]["OngeldigeInvoer"];
            401: components["responses"]["NietIngelogd"];
            403: components["responses"]["GeenToegangWijziging"];
            404: components["responses"]["NietGevondenOfAndereOrganisatie"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["VersieVerouderd"];
            413: components["responses"]["TeGroot"];
            415: components["responses"]["SoortNietOndersteund"];
            422: components["responses"]["SleutelHergebruikt"];
            428: components["responses"]["VersieOntbreekt"];
            500: components["responses"]["InterneFout"];
        };
    };
    putBezwaar: {
        parameters: {
            query?: never;
            header?: {
                /** @description Versie van het dossier, bijvoorbeeld "3" (412 als die verouderd is) */
                "if-match"?: string;
            };
            path: {
                bezwaarId: string;
                /** @description Id van het dossier */
                dossierId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: date
                     * @description Dag waarop het bij het bestuursorgaan binnenkwam
                     * @default null
                     */
                    ingediendDatum?: string | null;
                    /**
                     * Format: date
                     * @description Dag waarop het op de post is gedaan, als het per post is verstuurd: dan is het op tijd als het voor het einde van de termijn is gepost en uiterlijk een week later binnenkwam (Awb 6:9 lid 2)
                     * @default null
                     */
                    postDatum?: string | null;
                    /** @default  */
                    toelichting?: string;
                    /** @enum {string|null} */
                    uitkomst?: "gegrond" | "deels_gegrond" | "ongegrond" | "niet_ontvankelijk" | "ingetrokken" | null;
                    /**
                     * Format: date
                     * @default null
                     */
                    uitkomstDatum?: string | null;
                    /**
                     * @description Alleen bij een te late indiening: vindt u de overschrijding verschoonbaar, en waarom (Awb 6:11)? Leeg laten wist een eerder oordeel.
                     * @default null
                     */
                    verschoonbaarheid?: {
                        reden: string;
                        verschoonbaar: boolean;
                    } | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Bezwaar"];
                };
            };
            400: components["responses"]["OngeldigeInvoer"];
            401: components["responses"]["NietIngelogd"];
            403: components["responses"]["GeenToegangWijziging"];
            404: components["responses"]["NietGevondenOfAndereOrganisatie"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["VersieVerouderd"];
            413: components["responses"]["TeGroot"];
            415: components["responses"]["SoortNietOndersteund"];
            428: components["responses"]["VersieOntbreekt"];
            500: components["responses"]["InterneFout"];
        };
    };
    putClientgegevens: {
        parameters: {
            query?: never;
            header?: {
                /** @description Versie van het dossier, bijvoorbeeld "3" (412 als die verouderd is) */
                "if-match"?: string;
            };
            path: {
                /** @description Id van het dossier */
                dossierId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ClientInvoerInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Dossier"];
                };
            };
            400: components["responses"]["OngeldigeInvoer"];
            401: components["responses"]["NietIngelogd"];
            403: components["responses"]["GeenToegangWijziging"];
            404: components["responses"]["NietGevondenOfAndereOrganisatie"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["VersieVerouderd"];
            413: components["responses"]["TeGroot"];
            415: components["responses"]["SoortNietOndersteund"];
            428: components["responses"]["VersieOntbreekt"];
            500: components["responses"]["InterneFout"];
        };
    };
    joinHuishouden: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id van het dossier */
                dossierId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Id van een dossier van een gezinslid in dezelfde gemeente */
                    dossierId: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Ondersteuningsplan"];
                };
            };
            400: components["responses"]["OngeldigeInvoer"];
            401: components["responses"]["NietIngelogd"];
            403: components["responses"]["GeenToegangWijziging"];
            404: components["responses"]["NietGevondenOfAndereOrganisatie"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["TeGroot"];
            415: components["responses"]["SoortNietOndersteund"];
            500: components["responses"]["InterneFout"];
        };
    };
    addNotitie: {
        parameters: {
            query?: never;
            header?: {
                /** @description Unieke sleutel per handeling (bijvoorbeeld een UUID). Stuur dezelfde sleutel mee als u het verzoek opnieuw verstuurt; dan wordt niets dubbel aangemaakt en krijgt u het eerste antwoord terug. Geldig: 24 uur. */
                "idempotency-key"?: string;
                /** @description Versie van het dossier, bijvoorbeeld "3" (412 als die verouderd is) */
                "if-match"?: string;
            };
            path: {
                /** @description Id van het dossier */
                dossierId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: date
                     * @description Standaard: vandaag
                     */
                    datum?: string;
                    /**
                     * @description Verplicht bij een contactmoment
                     * @enum {string}
                     */
                    kanaal?: "telefonisch" | "digitaal" | "fysiek_loket" | "huisbezoek" | "signalering";
                    /** @enum {string} */
                    soort: "notitie" | "contactmoment";
                    tekst: string;
                    /** @description Id van de vraag waar dit bij hoort */
                    vraagId?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Notitie"];
                };
            };
            400: components["responses"]["OngeldigeInvoer"];
            401: components["responses"]["NietIngelogd"];
            403: components["responses"]["GeenToegangWijziging"];
            404: components["responses"]["NietGevondenOfAndereOrganisatie"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["VersieVerouderd"];
            413: components["responses"]["TeGroot"];
            415: components["responses"]["SoortNietOndersteund"];
            422: components["responses"]["SleutelHergebruikt"];
            428: components["responses"]["VersieOntbreekt"];
            500: components["responses"]["InterneFout"];
        };
    };
    putOndersteuner: {
        parameters: {
            query?: never;
            header?: {
                /** @description Versie van het dossier, bijvoorbeeld "3" (412 als die verouderd is) */
                "if-match"?: string;
            };
            path: {
                /** @description Id van het dossier */
                dossierId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OndersteunerToewijzingInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Dossier"];
                };
            };
            400: components["responses"]["OngeldigeInvoer"];
            401: components["responses"]["NietIngelogd"];
            403: components["responses"]["GeenToegangWijziging"];
            404: components["responses"]["NietGevondenOfAndereOrganisatie"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["VersieVerouderd"];
            413: components["responses"]["TeGroot"];
            415: components["responses"]["SoortNietOndersteund"];
            428: components["responses"]["VersieOntbreekt"];
            500: components["responses"]["InterneFout"];
        };
    };
    getPlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id van het dossier */
                dossierId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Ondersteuningsplan"];
                };
            };
            400: components["responses"]["OngeldigeInvoer"];
            401: components["responses"]["NietIngelogd"];
            403: components["responses"]["GeenToegang"];
            404: components["responses"]["NietGevondenOfAndereOrganisatie"];
            500: components["responses"]["InterneFout"];
        };
    };
    putPlan: {
        parameters: {
            query?: never;
            header?: {
                /** @description Versie van het dossier, bijvoorbeeld "3" (412 als die verouderd is) */
                "if-match"?: string;
            };
            path: {
                /** @description Id van het dossier */
                dossierId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OndersteuningsplanInvoerInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Ondersteuningsplan"];
                };
            };
            400: components["responses"]["OngeldigeInvoer"];
            401: components["responses"]["NietIngelogd"];
            403: components["responses"]["GeenToegangWijziging"];
            404: components["responses"]["NietGevondenOfAndereOrganisatie"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["VersieVerouderd"];
            413: components["responses"]["TeGroot"];
            415: components["responses"]["SoortNietOndersteund"];
            428: components["responses"]["VersieOntbreekt"];
            500: components["responses"]["InterneFout"];
        };
    };
    addToestemming: {
        parameters: {
            query?: never;
            header?: {
                /** @description Unieke sleutel per handeling (bijvoorbeeld een UUID). Stuur dezelfde sleutel mee als u het verzoek opnieuw verstuurt; dan wordt niets dubbel aangemaakt en krijgt u het eerste antwoord terug. Geldig: 24 uur. */
                "idempotency-key"?: string;
                /** @description Versie van het dossier, bijvoorbeeld "3" (412 als die verouderd is) */
                "if-match"?: string;
            };
            path: {
                /** @description Id van het dossier */
                dossierId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: date
                     * @description Standaard: vandaag
                     */
                    gegevenDatum?: string;
                    /** @description Welke gegevens gedeeld mogen worden */
                    onderwerp: string;
                    /** @description Met wie, bijvoorbeeld de naam van de aanbieder */
                    ontvanger: string;
                    /** @default  */
                    toelichting?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Toestemming"];
                };
            };
            400: components["responses"]["OngeldigeInvoer"];
            401: components["responses"]["NietIngelogd"];
            403: components["responses"]["GeenToegangWijziging"];
            404: components["responses"]["NietGevondenOfAndereOrganisatie"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["VersieVerouderd"];
            413: components["responses"]["TeGroot"];
            415: components["responses"]["SoortNietOndersteund"];
            422: components["responses"]["SleutelHergebruikt"];
            428: components["responses"]["VersieOntbreekt"];
            500: components["responses"]["InterneFout"];
        };
    };
    withdrawToestemming: {
        parameters: {
            query?: never;
            header?: {
                /** @description Versie van het dossier, bijvoorbeeld "3" (412 als die verouderd is) */
                "if-match"?: string;
            };
            path: {
                /** @description Id van het dossier */
                dossierId: string;
                /** @description Id van de toestemming */
                toestemmingId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: date
                     * @description Standaard: vandaag
                     */
                    datum?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Toestemming"];
                };
            };
            400: components["responses"]["OngeldigeInvoer"];
            401: components["responses"]["NietIngelogd"];
            403: components["responses"]["GeenToegangWijziging"];
            404: components["responses"]["NietGevondenOfAndereOrganisatie"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["VersieVerouderd"];
            413: components["responses"]["TeGroot"];
            415: components["responses"]["SoortNietOndersteund"];
            428: components["responses"]["VersieOntbreekt"];
            500: components["responses"]["InterneFout"];
        };
    };
    addVerwijzing: {
        parameters: {
            query?: never;
            header?: {
                /** @description Unieke sleutel per handeling (bijvoorbeeld een UUID). Stuur dezelfde sleutel mee als u het verzoek opnieuw verstuurt; dan wordt niets dubbel aangemaakt en krijgt u het eerste antwoord terug. Geldig: 24 uur. */
                "idempotency-key"?: string;
                /** @description Versie van het dossier, bijvoorbeeld "3" (412 als die verouderd is) */
                "if-match"?: string;
            };
            path: {
                /** @description Id van het dossier */
                dossierId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    aanbieder: string;
                    /**
                     * Format: date
                     * @description Standaard: vandaag
                     */
                    datum?: string;
                    /** @default  */
                    reden?: string;
                    /** @description Id van de vraag waar dit bij hoort */
                    vraagId?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NieuweVerwijzing"];
                };
            };
            400: components["responses"]["OngeldigeInvoer"];
            401: components["responses"]["NietIngelogd"];
            403: components["responses"]["GeenToegangWijziging"];
            404: components["responses"]["NietGevondenOfAndereOrganisatie"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["VersieVerouderd"];
            413: components["responses"]["TeGroot"];
            415: components["responses"]["SoortNietOndersteund"];
            422: components["responses"]["SleutelHergebruikt"];
            428: components["responses"]["VersieOntbreekt"];
            500: components["responses"]["InterneFout"];
        };
    };
    putVerwijzingUitkomst: {
        parameters: {
            query?: never;
            header?: {
                /** @description Versie van het dossier, bijvoorbeeld "3" (412 als die verouderd is) */
                "if-match"?: string;
            };
            path: {
                /** @description Id van het dossier */
                dossierId: string;
                verwijzingId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: date
                     * @description Standaard: vandaag
                     */
                    datum?: string;
                    /** @default  */
                    toelichting?: string;
                    /** @enum {string} */
                    uitkomst: "geholpen" | "wachtlijst" | "afgewezen" | "afgezien";
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Verwijzing"];
                };
            };
            400: components["responses"]["OngeldigeInvoer"];
            401: components["responses"]["NietIngelogd"];
            403: components["responses"]["GeenToegangWijziging"];
            404: components["responses"]["NietGevondenOfAndereOrganisatie"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["VersieVerouderd"];
            413: components["responses"]["TeGroot"];
            415: components["responses"]["SoortNietOndersteund"];
            428: components["responses"]["VersieOntbreekt"];
            500: components["responses"]["InterneFout"];
        };
    };
    addVraag: {
        parameters: {
            query?: never;
            header?: {
                /** @description Unieke sleutel per handeling (bijvoorbeeld een UUID). Stuur dezelfde sleutel mee als u het verzoek opnieuw verstuurt; dan wordt niets dubbel aangemaakt en krijgt u het eerste antwoord terug. Geldig: 24 uur. */
                "idempotency-key"?: string;
                /** @description Versie van het dossier, bijvoorbeeld "3" (412 als die verouderd is) */
                "if-match"?: string;
            };
            path: {
                /** @description Id van het dossier */
                dossierId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VraagInvoerInput"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Dossier"];
                };
            };
            400: components["responses"]["OngeldigeInvoer"];
            401: components["responses"]["NietIngelogd"];
            403: components["responses"]["GeenToegangWijziging"];
            404: components["responses"]["NietGevondenOfAndereOrganisatie"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["VersieVerouderd"];
            413: components["responses"]["TeGroot"];
            415: components["responses"]["SoortNietOndersteund"];
            422: components["responses"]["SleutelHergebruikt"];
            428: components["responses"]["VersieOntbreekt"];
            500: components["responses"]["InterneFout"];
        };
    };
    classifyVraag: {
        parameters: {
            query?: never;
            header?: {
                /** @description Versie van het dossier, bijvoorbeeld "3" (412 als die verouderd is) */
                "if-match"?: string;
            };
            path: {
                /** @description Id van het dossier */
                dossierId: string;
                /** @description Id van de vraag */
                vraagId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    regie: number;
                    vraagtype: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VoorstelOndersteuning"];
                };
            };
            400: components["responses"]["OngeldigeInvoer"];
            401: components["responses"]["NietIngelogd"];
            403: components["responses"]["GeenToegangWijziging"];
            404: components["responses"]["NietGevondenOfAndereOrganisatie"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["VersieVerouderd"];
            413: components["responses"]["TeGroot"];
            415: components["responses"]["SoortNietOndersteund"];
            428: components["responses"]["VersieOntbreekt"];
            500: components["responses"]["InterneFout"];
        };
    };
    putOndersteuningsvorm: {
        parameters: {
            query?: never;
            header?: {
                /** @description Versie van het dossier, bijvoorbeeld "3" (412 als die verouderd is) */
                "if-match"?: string;
            };
            path: {
                /** @description Id van het dossier */
                dossierId: string;
                /** @description Id van de vraag */
                vraagId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Verplicht als de vorm afwijkt van het voorstel */
                    reden?: string;
                    vorm?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KeuzeOndersteuning"];
                };
            };
            400: components["responses"]["OngeldigeInvoer"];
            401: components["responses"]["NietIngelogd"];
            403: components["responses"]["GeenToegangWijziging"];
            404: components["responses"]["NietGevondenOfAndereOrganisatie"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["VersieVerouderd"];
            413: components["responses"]["TeGroot"];
            415: components["responses"]["SoortNietOndersteund"];
            428: components["responses"]["VersieOntbreekt"];
            500: components["responses"]["InterneFout"];
        };
    };
    advanceVraag: {
        parameters: {
            query?: never;
            header?: {
                /** @description Versie van het dossier, bijvoorbeeld "3" (412 als die verouderd is) */
                "if-match"?: string;
            };
            path: {
                /** @description Id van het dossier */
                dossierId: string;
                /** @description Id van de vraag */
                vraagId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    afsluitreden?: "afgerond" | "direct_beantwoord" | "doorverwezen" | "ingetrokken";
                    /**
                     * Format: date
                     * @description Standaard: vandaag
                     */
                    datum?: string;
                    /** @enum {string} */
                    naar: "eerste_contact" | "gesprek" | "vragen_verhelderen" | "oplossingen_afspreken" | "toewijzing_voorzieningen" | "arrangement" | "evaluatie" | "afgesloten";
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Dossier"];
                };
            };
            400: components["responses"]["OngeldigeInvoer"];
            401: components["responses"]["NietIngelogd"];
            403: components["responses"]["GeenToegangWijziging"];
            404: components["responses"]["NietGevondenOfAndereOrganisatie"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["VersieVerouderd"];
            413: components["responses"]["TeGroot"];
            415: components["responses"]["SoortNietOndersteund"];
            428: components["responses"]["VersieOntbreekt"];
            500: components["responses"]["InterneFout"];
        };
    };
    listCaseload: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Caseload"][];
                };
            };
            400: components["responses"]["OngeldigeInvoer"];
            401: components["responses"]["NietIngelogd"];
            403: components["responses"]["GeenToegang"];
            404: components["responses"]["NietGevondenOfAndereOrganisatie"];
            500: components["responses"]["InterneFout"];
        };
    };
    drawEvaluatieSteekproef: {
        parameters: {
            query?: never;
            header?: {
                /** @description Unieke sleutel per handeling (bijvoorbeeld een UUID). Stuur dezelfde sleutel mee als u het verzoek opnieuw verstuurt; dan wordt niets dubbel aangemaakt en krijgt u het eerste antwoord terug. Geldig: 24 uur. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Deel van de gesloten dossiers, bijvoorbeeld 0.1 */
                    aandeel: number;
                    /** @description Nodig als u voor meer dan één gemeente werkt */
                    gemeenteCode?: string;
                    /** @description Om een trekking te herhalen; standaard een nieuw willekeurig seed */
                    seed?: string;
                    /**
                     * Format: date
                     * @description Alleen dossiers gesloten op of vóór deze dag
                     */
                    totEnMetDatum?: string;
                    /**
                     * Format: date
                     * @description Alleen dossiers gesloten op of na deze dag
                     */
                    vanafDatum?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvaluatieSteekproef"];
                };
            };
            400: components["responses"]["OngeldigeInvoer"];
            401: components["responses"]["NietIngelogd"];
            403: components["responses"]["GeenToegangWijziging"];
            404: components["responses"]["NietGevondenOfAndereOrganisatie"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["TeGroot"];
            415: components["responses"]["SoortNietOndersteund"];
            422: components["responses"]["SleutelHergebruikt"];
            500: components["responses"]["InterneFout"];
        };
    };
    getMeeContinuiteit: {
        parameters: {
            query?: {
                /** @description Standaard: vandaag */
                peildatum?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeeContinuiteit"];
                };
            };
            400: components["responses"]["OngeldigeInvoer"];
            401: components["responses"]["NietIngelogd"];
            403: components["responses"]["GeenToegang"];
            404: components["responses"]["NietGevondenOfAndereOrganisatie"];
            500: components["responses"]["InterneFout"];
        };
    };
    importMeeOverdracht: {
        parameters: {
            query?: never;
            header?: {
                /** @description Unieke sleutel per handeling (bijvoorbeeld een UUID). Stuur dezelfde sleutel mee als u het verzoek opnieuw verstuurt; dan wordt niets dubbel aangemaakt en krijgt u het eerste antwoord terug. Geldig: 24 uur. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                "text/csv": string;
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeeImportResultaat"];
                };
            };
            400: components["responses"]["OngeldigeInvoer"];
            401: components["responses"]["NietIngelogd"];
            403: components["responses"]["GeenToegangWijziging"];
            404: components["responses"]["NietGevondenOfAndereOrganisatie"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["TeGroot"];
            415: components["responses"]["SoortNietOndersteund"];
            422: components["responses"]["SleutelHergebruikt"];
            500: components["responses"]["InterneFout"];
        };
    };
    listWerkvoorraad: {
        parameters: {
            query?: {
                /** @description Alleen dossiers waarvan de eerstvolgende termijn binnen zoveel dagen eindigt (verlopen termijnen staan er ook in). Bij termijnen standaard 14 */
                binnenDagen?: number;
                /** @description Alleen dossiers van deze gemeente (code) */
                gemeente?: string;
                /** @description Paginanummer, vanaf 1 */
                pagina?: number;
                /** @description Aantal per pagina (maximaal 500) */
                paginaGrootte?: number;
                /** @description Standaard: vandaag */
                peildatum?: string;
                soort?: "mijn" | "ongetoewezen" | "termijnen" | "alle";
                /** @description Alleen dossiers met een open vraag in deze stap */
                stap?: "eerste_contact" | "gesprek" | "vragen_verhelderen" | "oplossingen_afspreken" | "toewijzing_voorzieningen" | "arrangement" | "evaluatie" | "afgesloten";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DossierOverzicht"][];
                };
            };
            400: components["responses"]["OngeldigeInvoer"];
            401: components["responses"]["NietIngelogd"];
            403: components["responses"]["GeenToegang"];
            404: components["responses"]["NietGevondenOfAndereOrganisatie"];
            500: components["responses"]["InterneFout"];
        };
    };
    searchDossiers: {
        parameters: {
            query?: {
                /** @description Paginanummer, vanaf 1 */
                pagina?: number;
                /** @description Aantal per pagina (maximaal 500) */
                paginaGrootte?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default true */
                    alleenOpen?: boolean;
                    /** @description Volledig BSN (elfproef); alleen hier, in de body */
                    bsn?: string;
                    /** @description Deel van de naam van de cliënt */
                    naam?: string;
                    ondersteunerId?: string;
                    /** @enum {string} */
                    stap?: "eerste_contact" | "gesprek" | "vragen_verhelderen" | "oplossingen_afspreken" | "toewijzing_voorzieningen" | "arrangement" | "evaluatie" | "afgesloten";
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DossierOverzicht"][];
                };
            };
            400: components["responses"]["OngeldigeInvoer"];
            401: components["responses"]["NietIngelogd"];
            403: components["responses"]["GeenToegangWijziging"];
            404: components["responses"]["NietGevondenOfAndereOrganisatie"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["TeGroot"];
            415: components["responses"]["SoortNietOndersteund"];
            500: components["responses"]["InterneFout"];
        };
    };
    listGebruikers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Gebruiker"][];
                };
            };
            400: components["responses"]["OngeldigeInvoer"];
            401: components["responses"]["NietIngelogd"];
            403: components["responses"]["GeenToegang"];
            404: components["responses"]["NietGevondenOfAndereOrganisatie"];
            500: components["responses"]["InterneFout"];
        };
    };
    createGebruiker: {
        parameters: {
            query?: never;
            header?: {
                /** @description Unieke sleutel per handeling (bijvoorbeeld een UUID). Stuur dezelfde sleutel mee als u het verzoek opnieuw verstuurt; dan wordt niets dubbel aangemaakt en krijgt u het eerste antwoord terug. Geldig: 24 uur. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: email
                     * @default null
                     */
                    email?: string | null;
                    gebruikersnaam: string;
                    naam: string;
                    /** @default [] */
                    rollen?: components["schemas"]["RoltoekenningInput"][];
                    /** @description Minstens 12 tekens */
                    wachtwoord?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Gebruiker"];
                };
            };
            400: components["responses"]["OngeldigeInvoer"];
            401: components["responses"]["NietIngelogd"];
            403: components["responses"]["GeenToegangWijziging"];
            404: components["responses"]["NietGevondenOfAndereOrganisatie"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["TeGroot"];
            415: components["responses"]["SoortNietOndersteund"];
            422: components["responses"]["SleutelHergebruikt"];
            500: components["responses"]["InterneFout"];
        };
    };
    getGebruiker: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Gebruiker"];
                };
            };
            400: components["responses"]["OngeldigeInvoer"];
            401: components["responses"]["NietIngelogd"];
            403: components["responses"]["GeenToegang"];
            404: components["responses"]["NietGevondenOfAndereOrganisatie"];
            500: components["responses"]["InterneFout"];
        };
    };
    patchGebruiker: {
        parameters: {
            query?: never;
            header?: {
                "if-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: email */
                    email?: string | null;
                    geblokkeerd?: boolean;
                    naam?: string;
                    ontgrendelen?: boolean;
                    rollen?: components["schemas"]["RoltoekenningInput"][];
                    /** @description Minstens 12 tekens */
                    wachtwoord?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Gebruiker"];
                };
            };
            400: components["responses"]["OngeldigeInvoer"];
            401: components["responses"]["NietIngelogd"];
            403: components["responses"]["GeenToegangWijziging"];
            404: components["responses"]["NietGevondenOfAndereOrganisatie"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["VersieVerouderd"];
            413: components["responses"]["TeGroot"];
            415: components["responses"]["SoortNietOndersteund"];
            428: components["responses"]["VersieOntbreekt"];
            500: components["responses"]["InterneFout"];
        };
    };
    deleteTweedeFactor: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Verwijderd */
            204: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": null;
                };
            };
            400: components["responses"]["OngeldigeInvoer"];
            401: components["responses"]["NietIngelogd"];
            403: components["responses"]["GeenToegangWijziging"];
            404: components["responses"]["NietGevondenOfAndereOrganisatie"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InterneFout"];
        };
    };
    listGemeentelijkeIndelingen: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GemeentelijkeIndeling"][];
                };
            };
            400: components["responses"]["OngeldigeInvoer"];
            401: components["responses"]["NietIngelogd"];
            500: components["responses"]["InterneFout"];
        };
    };
    getGemeentenKaart: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Jaar van de indeling (2013 of 2014) */
                jaar: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GemeentenKaart"];
                };
            };
            400: components["responses"]["OngeldigeInvoer"];
            401: components["responses"]["NietIngelogd"];
            404: components["responses"]["NietGevonden"];
            500: components["responses"]["InterneFout"];
        };
    };
    listGemeenten: {
        parameters: {
            query?: {
                /** @description Gemeentelijke indeling per 1 januari van dit jaar (2013 = Bijlage 5, 2014 = 403 gemeenten) */
                indeling?: number;
                /** @description Code van een jeugdregio */
                jeugdregio?: string;
                /** @description Code van een MEE-organisatie */
                meeOrganisatie?: string;
                /** @description Paginanummer, vanaf 1 */
                pagina?: number;
                /** @description Aantal per pagina (maximaal 500) */
                paginaGrootte?: number;
                /** @description Deel van de naam */
                zoek?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Gemeente"][];
                };
            };
            400: components["responses"]["OngeldigeInvoer"];
            401: components["responses"]["NietIngelogd"];
            500: components["responses"]["InterneFout"];
        };
    };
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Gezondheid"];
                };
            };
            400: components["responses"]["OngeldigeInvoer"];
            401: components["responses"]["NietIngelogd"];
            500: components["responses"]["InterneFout"];
        };
    };
    getReadiness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Gereedheid"];
                };
            };
            400: components["responses"]["OngeldigeInvoer"];
            401: components["responses"]["NietIngelogd"];
            500: components["responses"]["InterneFout"];
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listJeugdregios: {
        parameters: {
            query?: {
                /** @description Gemeentelijke indeling per 1 januari van dit jaar (2013 = Bijlage 5, 2014 = 403 gemeenten) */
                indeling?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Jeugdregio"][];
                };
            };
            400: components["responses"]["OngeldigeInvoer"];
            401: components["responses"]["NietIngelogd"];
            500: components["responses"]["InterneFout"];
        };
    };
    listLogboek: {
        parameters: {
            query?: {
                /** @description Pseudoniem van de betrokkene (ps_…) */
                betrokkene?: string;
                gebruikerId?: string;
                /** @description Paginanummer, vanaf 1 */
                pagina?: number;
                /** @description Aantal per pagina (maximaal 500) */
                paginaGrootte?: number;
                totEnMetDatum?: string;
                vanafDatum?: string;
                verwerkingsactiviteit?: string;
                /** @description Alleen regels na deze regel (bladeren vanaf de laatste regel van de vorige pagina): met een lager volgnummer, of bij een periode eerder in de tijd */
                voorVolgnummer?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LogboekRegel"][];
                };
            };
            400: components["responses"]["OngeldigeInvoer"];
            401: components["responses"]["NietIngelogd"];
            403: components["responses"]["GeenToegang"];
            404: components["responses"]["NietGevondenOfAndereOrganisatie"];
            500: components["responses"]["InterneFout"];
        };
    };
    getLogboekControle: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LogboekControle"];
                };
            };
            400: components["responses"]["OngeldigeInvoer"];
            401: components["responses"]["NietIngelogd"];
            403: components["responses"]["GeenToegang"];
            404: components["responses"]["NietGevondenOfAndereOrganisatie"];
            500: components["responses"]["InterneFout"];
        };
    };
    listMeeOrganisaties: {
        parameters: {
            query?: {
                /** @description Gemeentelijke indeling per 1 januari van dit jaar (2013 = Bijlage 5, 2014 = 403 gemeenten) */
                indeling?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeeOrganisatie"][];
                };
            };
            400: components["responses"]["OngeldigeInvoer"];
            401: components["responses"]["NietIngelogd"];
            500: components["responses"]["InterneFout"];
        };
    };
    putMijnWachtwoord: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    huidigWachtwoord: string;
                    nieuwWachtwoord: string;
                };
            };
        };
        responses: {
            /** @description Gewijzigd */
            204: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": null;
                };
            };
            400: components["responses"]["OngeldigeInvoer"];
            401: components["responses"]["NietIngelogd"];
            403: components["responses"]["GeenToegangWijziging"];
            404: components["responses"]["NietGevondenOfAndereOrganisatie"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["TeGroot"];
            415: components["responses"]["SoortNietOndersteund"];
            429: components["responses"]["TeVeelPogingen"];
            500: components["responses"]["InterneFout"];
        };
    };
    listEscalaties: {
        parameters: {
            query?: {
                /** @description json, of een download: csv (puntkomma, UTF-8 met BOM) of xlsx */
                formaat?: "json" | "csv" | "xlsx";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Escalatie"][];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            400: components["responses"]["OngeldigeInvoer"];
            401: components["responses"]["NietIngelogd"];
            403: components["responses"]["GeenToegang"];
            404: components["responses"]["NietGevondenOfAndereOrganisatie"];
            500: components["responses"]["InterneFout"];
        };
    };
    runHerinneringen: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: date
                     * @description Doe alsof het vandaag deze datum is (standaard: vandaag)
                     */
                    datum?: string;
                    /** @description Alleen deze ronde (standaard: alle rondes) */
                    rondeId?: string;
                } | null;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HerinneringenResultaat"];
                };
            };
            400: components["responses"]["OngeldigeInvoer"];
            401: components["responses"]["NietIngelogd"];
            403: components["responses"]["GeenToegangWijziging"];
            404: components["responses"]["NietGevondenOfAndereOrganisatie"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["TeGroot"];
            415: components["responses"]["SoortNietOndersteund"];
            500: components["responses"]["InterneFout"];
        };
    };
    listMeldingen: {
        parameters: {
            query?: {
                /** @description Id van de ronde, bijvoorbeeld 2014-10 */
                rondeId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Melding"][];
                };
            };
            400: components["responses"]["OngeldigeInvoer"];
            401: components["responses"]["NietIngelogd"];
            403: components["responses"]["GeenToegang"];
            404: components["responses"]["NietGevondenOfAndereOrganisatie"];
            500: components["responses"]["InterneFout"];
        };
    };
    listRondes: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Ronde"][];
                };
            };
            400: components["responses"]["OngeldigeInvoer"];
            401: components["responses"]["NietIngelogd"];
            500: components["responses"]["InterneFout"];
        };
    };
    listAchterblijvers: {
        parameters: {
            query?: {
                /** @description json, of een download: csv (puntkomma, UTF-8 met BOM) of xlsx */
                formaat?: "json" | "csv" | "xlsx";
            };
            header?: never;
            path: {
                /** @description Id van de ronde, bijvoorbeeld 2014-10 */
                rondeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string|null} */
                        fase: "geen" | "in_voorbereiding" | "ambtelijk" | "college" | "definitief" | null;
                        gemeente: {
                            code: string;
                            naam: string;
                        };
                        jeugdregio: {
                            code: string;
                            naam: string;
                        };
                        meeOrganisatie: {
                            code: string;
                            naam: string;
                        };
                        redenen: ("geen_antwoord" | "geen_afspraken" | "geen_gecontracteerde_aanbieder")[];
                    }[];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            400: components["responses"]["OngeldigeInvoer"];
            401: components["responses"]["NietIngelogd"];
            403: components["responses"]["GeenToegang"];
            404: components["responses"]["NietGevondenOfAndereOrganisatie"];
            500: components["responses"]["InterneFout"];
        };
    };
    getAntwoorden: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                gemeenteCode: string;
                /** @description Id van de ronde, bijvoorbeeld 2014-10 */
                rondeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AntwoordenGemeente"];
                };
            };
            400: components["responses"]["OngeldigeInvoer"];
            401: components["responses"]["NietIngelogd"];
            403: components["responses"]["GeenToegang"];
            404: components["responses"]["NietGevondenOfAndereOrganisatie"];
            500: components["responses"]["InterneFout"];
        };
    };
    putAntwoorden: {
        parameters: {
            query?: never;
            header?: {
                "if-match"?: string;
                "if-none-match"?: string;
            };
            path: {
                gemeenteCode: string;
                /** @description Id van de ronde, bijvoorbeeld 2014-10 */
                rondeId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AntwoordenInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AntwoordOpgeslagen"];
                };
            };
            400: components["responses"]["OngeldigeInvoer"];
            401: components["responses"]["NietIngelogd"];
            403: components["responses"]["GeenToegangWijziging"];
            404: components["responses"]["NietGevondenOfAndereOrganisatie"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["VersieVerouderd"];
            413: components["responses"]["TeGroot"];
            415: components["responses"]["SoortNietOndersteund"];
            428: components["responses"]["VersieOntbreekt"];
            500: components["responses"]["InterneFout"];
        };
    };
    acceptAntwoorden: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                gemeenteCode: string;
                /** @description Id van de ronde, bijvoorbeeld 2014-10 */
                rondeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AntwoordOpgeslagen"];
                };
            };
            400: components["responses"]["OngeldigeInvoer"];
            401: components["responses"]["NietIngelogd"];
            403: components["responses"]["GeenToegangWijziging"];
            404: components["responses"]["NietGevondenOfAndereOrganisatie"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InterneFout"];
        };
    };
    submitAntwoorden: {
        parameters: {
            query?: never;
            header?: {
                /** @description Unieke sleutel per handeling (bijvoorbeeld een UUID). Stuur dezelfde sleutel mee als u het verzoek opnieuw verstuurt; dan wordt niets dubbel aangemaakt en krijgt u het eerste antwoord terug. Geldig: 24 uur. */
                "idempotency-key"?: string;
                "if-match"?: string;
                "if-none-match"?: string;
            };
            path: {
                gemeenteCode: string;
                /** @description Id van de ronde, bijvoorbeeld 2014-10 */
                rondeId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AntwoordenInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AntwoordOpgeslagen"];
                };
            };
            400: components["responses"]["OngeldigeInvoer"];
            401: components["responses"]["NietIngelogd"];
            403: components["responses"]["GeenToegangWijziging"];
            404: components["responses"]["NietGevondenOfAndereOrganisatie"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["VersieVerouderd"];
            413: components["responses"]["TeGroot"];
            415: components["responses"]["SoortNietOndersteund"];
            422: components["responses"]["SleutelHergebruikt"];
            428: components["responses"]["VersieOntbreekt"];
            500: components["responses"]["InterneFout"];
        };
    };
    requestToelichting: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                gemeenteCode: string;
                /** @description Id van de ronde, bijvoorbeeld 2014-10 */
                rondeId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description Wat u wilt weten; komt in de opvolging
                     * @default
                     */
                    notitie?: string;
                    /**
                     * Format: date
                     * @description Uiterlijke datum voor de toelichting
                     */
                    toelichtingDeadlineDatum?: string;
                } | null;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AntwoordOpgeslagen"];
                };
            };
            400: components["responses"]["OngeldigeInvoer"];
            401: components["responses"]["NietIngelogd"];
            403: components["responses"]["GeenToegangWijziging"];
            404: components["responses"]["NietGevondenOfAndereOrganisatie"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["TeGroot"];
            415: components["responses"]["SoortNietOndersteund"];
            500: components["responses"]["InterneFout"];
        };
    };
    importAntwoorden: {
        parameters: {
            query?: never;
            header?: {
                /** @description Unieke sleutel per handeling (bijvoorbeeld een UUID). Stuur dezelfde sleutel mee als u het verzoek opnieuw verstuurt; dan wordt niets dubbel aangemaakt en krijgt u het eerste antwoord terug. Geldig: 24 uur. */
                "idempotency-key"?: string;
            };
            path: {
                /** @description Id van de ronde, bijvoorbeeld 2014-10 */
                rondeId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                "text/csv": string;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AntwoordenImportResultaat"];
                };
            };
            400: components["responses"]["OngeldigeInvoer"];
            401: components["responses"]["NietIngelogd"];
            403: components["responses"]["GeenToegangWijziging"];
            404: components["responses"]["NietGevondenOfAndereOrganisatie"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["TeGroot"];
            415: components["responses"]["SoortNietOndersteund"];
            422: components["responses"]["SleutelHergebruikt"];
            500: components["responses"]["InterneFout"];
        };
    };
    getRondeBronnen: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id van de ronde, bijvoorbeeld 2014-10 */
                rondeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RondeBronnen"];
                };
            };
            400: components["responses"]["OngeldigeInvoer"];
            401: components["responses"]["NietIngelogd"];
            403: components["responses"]["GeenToegang"];
            404: components["responses"]["NietGevondenOfAndereOrganisatie"];
            500: components["responses"]["InterneFout"];
        };
    };
    listRondeGemeenten: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id van de ronde, bijvoorbeeld 2014-10 */
                rondeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GemeenteStatus"][];
                };
            };
            400: components["responses"]["OngeldigeInvoer"];
            401: components["responses"]["NietIngelogd"];
            403: components["responses"]["GeenToegang"];
            404: components["responses"]["NietGevondenOfAndereOrganisatie"];
            500: components["responses"]["InterneFout"];
        };
    };
    submitRegioAntwoorden: {
        parameters: {
            query?: never;
            header?: {
                /** @description Unieke sleutel per handeling (bijvoorbeeld een UUID). Stuur dezelfde sleutel mee als u het verzoek opnieuw verstuurt; dan wordt niets dubbel aangemaakt en krijgt u het eerste antwoord terug. Geldig: 24 uur. */
                "idempotency-key"?: string;
            };
            path: {
                jeugdregioCode: string;
                /** @description Id van de ronde, bijvoorbeeld 2014-10 */
                rondeId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default [] */
                    afwijkingen?: {
                        antwoorden: components["schemas"]["AntwoordenInput"];
                        gemeenteCode: string;
                    }[];
                    antwoorden: components["schemas"]["AntwoordenInput"];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegioAntwoordResultaat"];
                };
            };
            400: components["responses"]["OngeldigeInvoer"];
            401: components["responses"]["NietIngelogd"];
            403: components["responses"]["GeenToegangWijziging"];
            404: components["responses"]["NietGevondenOfAndereOrganisatie"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["TeGroot"];
            415: components["responses"]["SoortNietOndersteund"];
            422: components["responses"]["SleutelHergebruikt"];
            500: components["responses"]["InterneFout"];
        };
    };
    importMeeMonitor: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id van de ronde, bijvoorbeeld 2014-10 */
                rondeId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                "text/csv": string;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeeMonitorImportResultaat"];
                };
            };
            400: components["responses"]["OngeldigeInvoer"];
            401: components["responses"]["NietIngelogd"];
            403: components["responses"]["GeenToegangWijziging"];
            404: components["responses"]["NietGevondenOfAndereOrganisatie"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["TeGroot"];
            415: components["responses"]["SoortNietOndersteund"];
            500: components["responses"]["InterneFout"];
        };
    };
    listOpvolging: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id van de ronde, bijvoorbeeld 2014-10 */
                rondeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpvolgingGemeente"][];
                };
            };
            400: components["responses"]["OngeldigeInvoer"];
            401: components["responses"]["NietIngelogd"];
            403: components["responses"]["GeenToegang"];
            404: components["responses"]["NietGevondenOfAndereOrganisatie"];
            500: components["responses"]["InterneFout"];
        };
    };
    putOpvolging: {
        parameters: {
            query?: never;
            header?: {
                "if-match"?: string;
                "if-none-match"?: string;
            };
            path: {
                gemeenteCode: string;
                /** @description Id van de ronde, bijvoorbeeld 2014-10 */
                rondeId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    geescaleerd: boolean;
                    ondersteuningsteam: string | null;
                    /** Format: date */
                    toelichtingDeadlineDatum: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Opvolging"];
                };
            };
            400: components["responses"]["OngeldigeInvoer"];
            401: components["responses"]["NietIngelogd"];
            403: components["responses"]["GeenToegangWijziging"];
            404: components["responses"]["NietGevondenOfAndereOrganisatie"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["VersieVerouderd"];
            413: components["responses"]["TeGroot"];
            415: components["responses"]["SoortNietOndersteund"];
            428: components["responses"]["VersieOntbreekt"];
            500: components["responses"]["InterneFout"];
        };
    };
    addOpvolgingGebeurtenis: {
        parameters: {
            query?: never;
            header?: {
                /** @description Unieke sleutel per handeling (bijvoorbeeld een UUID). Stuur dezelfde sleutel mee als u het verzoek opnieuw verstuurt; dan wordt niets dubbel aangemaakt en krijgt u het eerste antwoord terug. Geldig: 24 uur. */
                "idempotency-key"?: string;
            };
            path: {
                gemeenteCode: string;
                /** @description Id van de ronde, bijvoorbeeld 2014-10 */
                rondeId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    notitie: string;
                    /** @enum {string} */
                    soort: "contact" | "besluit" | "escalatie";
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Opvolging"];
                };
            };
            400: components["responses"]["OngeldigeInvoer"];
            401: components["responses"]["NietIngelogd"];
            403: components["responses"]["GeenToegangWijziging"];
            404: components["responses"]["NietGevondenOfAndereOrganisatie"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["TeGroot"];
            415: components["responses"]["SoortNietOndersteund"];
            422: components["responses"]["SleutelHergebruikt"];
            500: components["responses"]["InterneFout"];
        };
    };
    getRondeRapport: {
        parameters: {
            query?: {
                formaat?: "html" | "pdf";
            };
            header?: never;
            path: {
                /** @description Id van de ronde, bijvoorbeeld 2014-10 */
                rondeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Het rapport (text/html of application/pdf) */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                    "text/html": string;
                };
            };
            400: components["responses"]["OngeldigeInvoer"];
            401: components["responses"]["NietIngelogd"];
            403: components["responses"]["GeenToegang"];
            404: components["responses"]["NietGevondenOfAndereOrganisatie"];
            500: components["responses"]["InterneFout"];
        };
    };
    getRondeSamenvatting: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id van de ronde, bijvoorbeeld 2014-10 */
                rondeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RondeSamenvatting"];
                };
            };
            400: components["responses"]["OngeldigeInvoer"];
            401: components["responses"]["NietIngelogd"];
            403: components["responses"]["GeenToegang"];
            404: components["responses"]["NietGevondenOfAndereOrganisatie"];
            500: components["responses"]["InterneFout"];
        };
    };
    getRondeTabel: {
        parameters: {
            query?: {
                formaat?: "csv" | "xlsx";
            };
            header?: never;
            path: {
                /** @description Id van de ronde, bijvoorbeeld 2014-10 */
                rondeId: string;
                tabel: "fasen" | "eisen" | "jeugdregios" | "mee-organisaties";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description CSV of XLSX */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            400: components["responses"]["OngeldigeInvoer"];
            401: components["responses"]["NietIngelogd"];
            403: components["responses"]["GeenToegang"];
            404: components["responses"]["NietGevondenOfAndereOrganisatie"];
            500: components["responses"]["InterneFout"];
        };
    };
    getRondeVeranderingen: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id van de ronde, bijvoorbeeld 2014-10 */
                rondeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RondeVeranderingen"];
                };
            };
            400: components["responses"]["OngeldigeInvoer"];
            401: components["responses"]["NietIngelogd"];
            403: components["responses"]["GeenToegang"];
            404: components["responses"]["NietGevondenOfAndereOrganisatie"];
            500: components["responses"]["InterneFout"];
        };
    };
    getVergelijkingMeeMonitor: {
        parameters: {
            query?: {
                /** @description true: alleen gemeenten waar de bronnen verschillen of maar één bron iets weet */
                alleenVerschillen?: "true" | "false";
                /** @description json, of een download: csv (puntkomma, UTF-8 met BOM) of xlsx */
                formaat?: "json" | "csv" | "xlsx";
            };
            header?: never;
            path: {
                /** @description Id van de ronde, bijvoorbeeld 2014-10 */
                rondeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VergelijkingMeeMonitor"];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            400: components["responses"]["OngeldigeInvoer"];
            401: components["responses"]["NietIngelogd"];
            403: components["responses"]["GeenToegang"];
            404: components["responses"]["NietGevondenOfAndereOrganisatie"];
            500: components["responses"]["InterneFout"];
        };
    };
    getVragenlijst: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id van de ronde, bijvoorbeeld 2014-10 */
                rondeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description De vragenlijst zoals opgeslagen (versie, vragen, fasen, regels) */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            400: components["responses"]["OngeldigeInvoer"];
            401: components["responses"]["NietIngelogd"];
            404: components["responses"]["NietGevonden"];
            500: components["responses"]["InterneFout"];
        };
    };
    getMonitorTrend: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrendPunt"][];
                };
            };
            400: components["responses"]["OngeldigeInvoer"];
            401: components["responses"]["NietIngelogd"];
            403: components["responses"]["GeenToegang"];
            404: components["responses"]["NietGevondenOfAndereOrganisatie"];
            500: components["responses"]["InterneFout"];
        };
    };
    getMonitorTrendPerMaand: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrendMaand"][];
                };
            };
            400: components["responses"]["OngeldigeInvoer"];
            401: components["responses"]["NietIngelogd"];
            403: components["responses"]["GeenToegang"];
            404: components["responses"]["NietGevondenOfAndereOrganisatie"];
            500: components["responses"]["InterneFout"];
        };
    };
    listMonitorUitspraken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MonitorUitspraak"][];
                };
            };
            400: components["responses"]["OngeldigeInvoer"];
            401: components["responses"]["NietIngelogd"];
            500: components["responses"]["InterneFout"];
        };
    };
    getOidcConfiguratie: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OidcConfiguratie"];
                };
            };
            400: components["responses"]["OngeldigeInvoer"];
            401: components["responses"]["NietIngelogd"];
            500: components["responses"]["InterneFout"];
        };
    };
    startOidcInloggen: {
        parameters: {
            query?: {
                /** @description Pad binnen Naast waar de gebruiker na het inloggen terechtkomt (standaard /) */
                terugNaar?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Doorverwijzing naar de identiteitsprovider, of naar /inloggen?fout=<code> als die niet bereikbaar is */
            302: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": null;
                };
            };
            400: components["responses"]["OngeldigeInvoer"];
            401: components["responses"]["NietIngelogd"];
            /** @description Inloggen via de identiteitsprovider staat uit */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TeVeelPogingen"];
            500: components["responses"]["InterneFout"];
        };
    };
    afrondenOidcInloggen: {
        parameters: {
            query?: {
                code?: string;
                error?: string;
                iss?: string;
                state?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Ingelogd: doorverwijzing naar het gevraagde pad. Niet gelukt: doorverwijzing naar /inloggen?fout=<code> */
            302: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": null;
                };
            };
            400: components["responses"]["OngeldigeInvoer"];
            401: components["responses"]["NietIngelogd"];
            /** @description Inloggen via de identiteitsprovider staat uit */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TeVeelPogingen"];
            500: components["responses"]["InterneFout"];
        };
    };
    getOrganisatieBeveiliging: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                organisatieCode: string;
                organisatieSoort: "landelijk" | "jeugdregio" | "gemeente" | "mee-organisatie" | "aanbieder";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganisatieBeveiliging"];
                };
            };
            400: components["responses"]["OngeldigeInvoer"];
            401: components["responses"]["NietIngelogd"];
            403: components["responses"]["GeenToegang"];
            404: components["responses"]["NietGevondenOfAndereOrganisatie"];
            500: components["responses"]["InterneFout"];
        };
    };
    putOrganisatieBeveiliging: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                organisatieCode: string;
                organisatieSoort: "landelijk" | "jeugdregio" | "gemeente" | "mee-organisatie" | "aanbieder";
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OrganisatieBeveiligingInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganisatieBeveiliging"];
                };
            };
            400: components["responses"]["OngeldigeInvoer"];
            401: components["responses"]["NietIngelogd"];
            403: components["responses"]["GeenToegangWijziging"];
            404: components["responses"]["NietGevondenOfAndereOrganisatie"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["TeGroot"];
            415: components["responses"]["SoortNietOndersteund"];
            500: components["responses"]["InterneFout"];
        };
    };
    startInwonerInloggen: {
        parameters: {
            query?: {
                /** @description Code van de gemeente van de inwoner (indeling 2014) */
                gemeente?: string;
                /** @description Pad binnen Naast na het inloggen (standaard /portaal/mijn-vragen) */
                terugNaar?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Doorverwijzing naar de identiteitsprovider, of naar /portaal?fout=<code> */
            302: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": null;
                };
            };
            400: components["responses"]["OngeldigeInvoer"];
            401: components["responses"]["NietIngelogd"];
            /** @description Inloggen voor inwoners staat uit */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TeVeelPogingen"];
            500: components["responses"]["InterneFout"];
        };
    };
    listMijnVragen: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MijnVragen"];
                };
            };
            400: components["responses"]["OngeldigeInvoer"];
            401: components["responses"]["NietIngelogd"];
            403: components["responses"]["GeenToegang"];
            404: components["responses"]["NietGevondenOfAndereOrganisatie"];
            500: components["responses"]["InterneFout"];
        };
    };
    vraagAndereOndersteuner: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Nummer van de eigen vraag, bijvoorbeeld NV-7K3Q-X9MB */
                vraagReferentie: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AndereOndersteunerVerzoekInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EigenVraag"];
                };
            };
            400: components["responses"]["OngeldigeInvoer"];
            401: components["responses"]["NietIngelogd"];
            403: components["responses"]["GeenToegangWijziging"];
            404: components["responses"]["NietGevondenOfAndereOrganisatie"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["TeGroot"];
            415: components["responses"]["SoortNietOndersteund"];
            500: components["responses"]["InterneFout"];
        };
    };
    afrondenInwonerInloggen: {
        parameters: {
            query?: {
                code?: string;
                error?: string;
                iss?: string;
                state?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Ingelogd: doorverwijzing naar het gevraagde pad. Niet gelukt: naar /portaal?fout=<code> */
            302: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": null;
                };
            };
            400: components["responses"]["OngeldigeInvoer"];
            401: components["responses"]["NietIngelogd"];
            /** @description Inloggen voor inwoners staat uit */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TeVeelPogingen"];
            500: components["responses"]["InterneFout"];
        };
    };
    stelVraag: {
        parameters: {
            query?: never;
            header?: {
                /** @description Unieke sleutel per handeling (bijvoorbeeld een UUID). Stuur dezelfde sleutel mee als u het verzoek opnieuw verstuurt; dan wordt niets dubbel aangemaakt en krijgt u het eerste antwoord terug. Geldig: 24 uur. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InwonerVraagInput"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Ontvangstbevestiging"];
                };
            };
            400: components["responses"]["OngeldigeInvoer"];
            401: components["responses"]["NietIngelogd"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["TeGroot"];
            415: components["responses"]["SoortNietOndersteund"];
            422: components["responses"]["SleutelHergebruikt"];
            429: components["responses"]["TeVeelPogingen"];
            500: components["responses"]["InterneFout"];
        };
    };
    getBudgetDoorgerekend: {
        parameters: {
            query?: {
                /** @description Indeling op 1 januari van dit jaar waarnaar de cijfers gaan */
                naarJaar?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BudgetDoorgerekend"];
                };
            };
            400: components["responses"]["OngeldigeInvoer"];
            401: components["responses"]["NietIngelogd"];
            500: components["responses"]["InterneFout"];
        };
    };
    getMonitorDoorgerekend: {
        parameters: {
            query?: {
                /** @description Indeling op 1 januari van dit jaar waarnaar de cijfers gaan */
                naarJaar?: number;
            };
            header?: never;
            path: {
                rondeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MonitorDoorgerekend"];
                };
            };
            400: components["responses"]["OngeldigeInvoer"];
            401: components["responses"]["NietIngelogd"];
            403: components["responses"]["GeenToegang"];
            404: components["responses"]["NietGevondenOfAndereOrganisatie"];
            500: components["responses"]["InterneFout"];
        };
    };
    getGemeenteGeschiedenis: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description CBS-gemeentecode, bijvoorbeeld GM0055 of 0055 */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GemeenteGeschiedenis"];
                };
            };
            400: components["responses"]["OngeldigeInvoer"];
            401: components["responses"]["NietIngelogd"];
            404: components["responses"]["NietGevonden"];
            500: components["responses"]["InterneFout"];
        };
    };
    getIndelingOpJaar: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Indeling op 1 januari van dit jaar (2013 tot en met 2026) */
                jaar: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IndelingOpJaar"];
                };
            };
            400: components["responses"]["OngeldigeInvoer"];
            401: components["responses"]["NietIngelogd"];
            404: components["responses"]["NietGevonden"];
            500: components["responses"]["InterneFout"];
        };
    };
    createSessie: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description De code uit de authenticator-app, als het account een tweede stap heeft (of moet instellen) */
                    code?: string;
                    gebruikersnaam: string;
                    wachtwoord: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Sessie"];
                };
            };
            400: components["responses"]["OngeldigeInvoer"];
            401: components["responses"]["NietIngelogd"];
            413: components["responses"]["TeGroot"];
            415: components["responses"]["SoortNietOndersteund"];
            429: components["responses"]["TeVeelPogingen"];
            500: components["responses"]["InterneFout"];
        };
    };
    deleteSessies: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessiesBeeindigd"];
                };
            };
            400: components["responses"]["OngeldigeInvoer"];
            401: components["responses"]["NietIngelogd"];
            403: components["responses"]["GeenToegangWijziging"];
            404: components["responses"]["NietGevondenOfAndereOrganisatie"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InterneFout"];
        };
    };
    getHuidigeSessie: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Sessie"];
                };
            };
            400: components["responses"]["OngeldigeInvoer"];
            401: components["responses"]["NietIngelogd"];
            403: components["responses"]["GeenToegang"];
            404: components["responses"]["NietGevondenOfAndereOrganisatie"];
            500: components["responses"]["InterneFout"];
        };
    };
    deleteHuidigeSessie: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Uitgelogd */
            204: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": null;
                };
            };
            400: components["responses"]["OngeldigeInvoer"];
            401: components["responses"]["NietIngelogd"];
            403: components["responses"]["GeenToegangWijziging"];
            404: components["responses"]["NietGevondenOfAndereOrganisatie"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InterneFout"];
        };
    };
    getAanbieder: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id van de aanbieder */
                aanbiederId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Aanbieder"];
                };
            };
            400: components["responses"]["OngeldigeInvoer"];
            401: components["responses"]["NietIngelogd"];
            403: components["responses"]["GeenToegang"];
            404: components["responses"]["NietGevondenOfAndereOrganisatie"];
            500: components["responses"]["InterneFout"];
        };
    };
    putAanbieder: {
        parameters: {
            query?: never;
            header?: {
                /** @description Versie die u het laatst las, bijvoorbeeld "3" (412 als die verouderd is) */
                "if-match"?: string;
            };
            path: {
                /** @description Id van de aanbieder */
                aanbiederId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AanbiederInvoerInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Aanbieder"];
                };
            };
            400: components["responses"]["OngeldigeInvoer"];
            401: components["responses"]["NietIngelogd"];
            403: components["responses"]["GeenToegangWijziging"];
            404: components["responses"]["NietGevondenOfAndereOrganisatie"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["VersieVerouderd"];
            413: components["responses"]["TeGroot"];
            415: components["responses"]["SoortNietOndersteund"];
            428: components["responses"]["VersieOntbreekt"];
            500: components["responses"]["InterneFout"];
        };
    };
    deleteAanbieder: {
        parameters: {
            query?: never;
            header?: {
                /** @description Versie die u het laatst las, bijvoorbeeld "3" (412 als die verouderd is) */
                "if-match"?: string;
            };
            path: {
                /** @description Id van de aanbieder */
                aanbiederId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Verwijderd */
            204: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": null;
                };
            };
            400: components["responses"]["OngeldigeInvoer"];
            401: components["responses"]["NietIngelogd"];
            403: components["responses"]["GeenToegangWijziging"];
            404: components["responses"]["NietGevondenOfAndereOrganisatie"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["VersieVerouderd"];
            428: components["responses"]["VersieOntbreekt"];
            500: components["responses"]["InterneFout"];
        };
    };
    createDienst: {
        parameters: {
            query?: never;
            header?: {
                /** @description Unieke sleutel per handeling (bijvoorbeeld een UUID). Stuur dezelfde sleutel mee als u het verzoek opnieuw verstuurt; dan wordt niets dubbel aangemaakt en krijgt u het eerste antwoord terug. Geldig: 24 uur. */
                "idempotency-key"?: string;
            };
            path: {
                /** @description Id van de aanbieder */
                aanbiederId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DienstInvoerInput"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Dienst"];
                };
            };
            400: components["responses"]["OngeldigeInvoer"];
            401: components["responses"]["NietIngelogd"];
            403: components["responses"]["GeenToegangWijziging"];
            404: components["responses"]["NietGevondenOfAndereOrganisatie"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["TeGroot"];
            415: components["responses"]["SoortNietOndersteund"];
            422: components["responses"]["SleutelHergebruikt"];
            500: components["responses"]["InterneFout"];
        };
    };
    createLocatie: {
        parameters: {
            query?: never;
            header?: {
                /** @description Unieke sleutel per handeling (bijvoorbeeld een UUID). Stuur dezelfde sleutel mee als u het verzoek opnieuw verstuurt; dan wordt niets dubbel aangemaakt en krijgt u het eerste antwoord terug. Geldig: 24 uur. */
                "idempotency-key"?: string;
            };
            path: {
                /** @description Id van de aanbieder */
                aanbiederId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LocatieInvoerInput"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Locatie"];
                };
            };
            400: components["responses"]["OngeldigeInvoer"];
            401: components["responses"]["NietIngelogd"];
            403: components["responses"]["GeenToegangWijziging"];
            404: components["responses"]["NietGevondenOfAndereOrganisatie"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["TeGroot"];
            415: components["responses"]["SoortNietOndersteund"];
            422: components["responses"]["SleutelHergebruikt"];
            500: components["responses"]["InterneFout"];
        };
    };
    getDienst: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id van de dienst */
                dienstId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DienstOpenbaar"];
                };
            };
            400: components["responses"]["OngeldigeInvoer"];
            401: components["responses"]["NietIngelogd"];
            404: components["responses"]["NietGevonden"];
            500: components["responses"]["InterneFout"];
        };
    };
    putDienst: {
        parameters: {
            query?: never;
            header?: {
                /** @description Versie die u het laatst las, bijvoorbeeld "3" (412 als die verouderd is) */
                "if-match"?: string;
            };
            path: {
                /** @description Id van de dienst */
                dienstId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DienstInvoerInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Dienst"];
                };
            };
            400: components["responses"]["OngeldigeInvoer"];
            401: components["responses"]["NietIngelogd"];
            403: components["responses"]["GeenToegangWijziging"];
            404: components["responses"]["NietGevondenOfAndereOrganisatie"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["VersieVerouderd"];
            413: components["responses"]["TeGroot"];
            415: components["responses"]["SoortNietOndersteund"];
            428: components["responses"]["VersieOntbreekt"];
            500: components["responses"]["InterneFout"];
        };
    };
    deleteDienst: {
        parameters: {
            query?: never;
            header?: {
                /** @description Versie die u het laatst las, bijvoorbeeld "3" (412 als die verouderd is) */
                "if-match"?: string;
            };
            path: {
                /** @description Id van de dienst */
                dienstId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Verwijderd */
            204: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": null;
                };
            };
            400: components["responses"]["OngeldigeInvoer"];
            401: components["responses"]["NietIngelogd"];
            403: components["responses"]["GeenToegangWijziging"];
            404: components["responses"]["NietGevondenOfAndereOrganisatie"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["VersieVerouderd"];
            428: components["responses"]["VersieOntbreekt"];
            500: components["responses"]["InterneFout"];
        };
    };
    exportDiensten: {
        parameters: {
            query: {
                formaat?: "csv" | "xlsx";
                gemeenteCode: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description CSV of XLSX */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            400: components["responses"]["OngeldigeInvoer"];
            401: components["responses"]["NietIngelogd"];
            500: components["responses"]["InterneFout"];
        };
    };
    importDiensten: {
        parameters: {
            query?: {
                /** @description Nodig als u voor meer dan één gemeente werkt */
                gemeenteCode?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                "text/csv": string;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DienstenImportResultaat"];
                };
            };
            400: components["responses"]["OngeldigeInvoer"];
            401: components["responses"]["NietIngelogd"];
            403: components["responses"]["GeenToegangWijziging"];
            404: components["responses"]["NietGevondenOfAndereOrganisatie"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["TeGroot"];
            415: components["responses"]["SoortNietOndersteund"];
            500: components["responses"]["InterneFout"];
        };
    };
    listAanbieders: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Code van de gemeente, bijvoorbeeld utrecht */
                gemeenteCode: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Aanbieder"][];
                };
            };
            400: components["responses"]["OngeldigeInvoer"];
            401: components["responses"]["NietIngelogd"];
            403: components["responses"]["GeenToegang"];
            404: components["responses"]["NietGevondenOfAndereOrganisatie"];
            500: components["responses"]["InterneFout"];
        };
    };
    createAanbieder: {
        parameters: {
            query?: never;
            header?: {
                /** @description Unieke sleutel per handeling (bijvoorbeeld een UUID). Stuur dezelfde sleutel mee als u het verzoek opnieuw verstuurt; dan wordt niets dubbel aangemaakt en krijgt u het eerste antwoord terug. Geldig: 24 uur. */
                "idempotency-key"?: string;
            };
            path: {
                /** @description Code van de gemeente, bijvoorbeeld utrecht */
                gemeenteCode: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AanbiederInvoerInput"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Aanbieder"];
                };
            };
            400: components["responses"]["OngeldigeInvoer"];
            401: components["responses"]["NietIngelogd"];
            403: components["responses"]["GeenToegangWijziging"];
            404: components["responses"]["NietGevondenOfAndereOrganisatie"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["TeGroot"];
            415: components["responses"]["SoortNietOndersteund"];
            422: components["responses"]["SleutelHergebruikt"];
            500: components["responses"]["InterneFout"];
        };
    };
    listVeelgesteldeVragenBeheer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                gemeenteCode: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VeelgesteldeVraag"][];
                };
            };
            400: components["responses"]["OngeldigeInvoer"];
            401: components["responses"]["NietIngelogd"];
            403: components["responses"]["GeenToegang"];
            404: components["responses"]["NietGevondenOfAndereOrganisatie"];
            500: components["responses"]["InterneFout"];
        };
    };
    createVeelgesteldeVraag: {
        parameters: {
            query?: never;
            header?: {
                /** @description Unieke sleutel per handeling (bijvoorbeeld een UUID). Stuur dezelfde sleutel mee als u het verzoek opnieuw verstuurt; dan wordt niets dubbel aangemaakt en krijgt u het eerste antwoord terug. Geldig: 24 uur. */
                "idempotency-key"?: string;
            };
            path: {
                gemeenteCode: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VeelgesteldeVraagInvoerInput"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VeelgesteldeVraag"];
                };
            };
            400: components["responses"]["OngeldigeInvoer"];
            401: components["responses"]["NietIngelogd"];
            403: components["responses"]["GeenToegangWijziging"];
            404: components["responses"]["NietGevondenOfAndereOrganisatie"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["TeGroot"];
            415: components["responses"]["SoortNietOndersteund"];
            422: components["responses"]["SleutelHergebruikt"];
            500: components["responses"]["InterneFout"];
        };
    };
    exportHsds: {
        parameters: {
            query: {
                gemeenteCode: string;
                /** @description Bij vorm dienst, organisatie of dienstLocatie: het id van dat onderdeel */
                id?: string;
                /** @description De HSDS-vorm van het antwoord */
                vorm?: "kaart" | "tabellen" | "dienst" | "organisatie" | "dienstLocatie" | "diensten" | "organisaties" | "dienstLocaties";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HsdsDocument"] | components["schemas"]["HsdsVorm"];
                };
            };
            400: components["responses"]["OngeldigeInvoer"];
            401: components["responses"]["NietIngelogd"];
            500: components["responses"]["InterneFout"];
        };
    };
    exportHsdsDatapakket: {
        parameters: {
            query: {
                /** @description Altijd zip (Frictionless tabular data package) */
                formaat?: "zip";
                gemeenteCode: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description zip */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/zip": string;
                };
            };
            400: components["responses"]["OngeldigeInvoer"];
            401: components["responses"]["NietIngelogd"];
            500: components["responses"]["InterneFout"];
        };
    };
    importHsds: {
        parameters: {
            query?: {
                /** @description Nodig als u voor meer dan één gemeente werkt */
                gemeenteCode?: string;
                /** @description stoppen: bij een ongeldige waarde niets inlezen en alle problemen melden; leeglaten: de rest inlezen, die velden leeg (ze staan in leegGelaten) */
                ongeldigeWaarden?: "stoppen" | "leeglaten";
                /** @description true: alleen laten zien wat er zou veranderen (nieuw, gewijzigd, verwijderd, ongewijzigd); er wordt niets opgeslagen */
                proefrun?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": string;
                "application/zip": string;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HsdsImportResultaat"];
                };
            };
            400: components["responses"]["OngeldigeInvoer"];
            401: components["responses"]["NietIngelogd"];
            403: components["responses"]["GeenToegangWijziging"];
            404: components["responses"]["NietGevondenOfAndereOrganisatie"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["TeGroot"];
            415: components["responses"]["SoortNietOndersteund"];
            500: components["responses"]["InterneFout"];
        };
    };
    beantwoordHulpvraag: {
        parameters: {
            query?: {
                /** @description Hoeveel diensten, de best passende eerst */
                aantal?: number;
                doelgroep?: "ouderen" | "verstandelijke-beperking" | "psychische-problemen" | "autisme" | "chronisch-zieken" | "lichamelijke-beperking" | "nah" | "zintuiglijke-problemen" | "jonge-kinderen-ontwikkeling" | "relationeel-geweld" | "financiele-problemen" | "huishoudelijke-hulp" | "werk-en-scholing" | "opvoeding" | "problemen-bij-kinderen" | "dak-en-thuislozen" | "meervoudige-problematiek";
                /** @description Leefgebied */
                domein?: "opvoeding_en_ontwikkeling" | "zelfstandig_wonen_en_samenleven" | "leren_en_werken" | "regelgeving_en_geldzaken" | "vrienden_en_relaties" | "vrije_tijd_en_sport";
                /** @description Alleen diensten voor inwoners van deze gemeente */
                gemeenteCode?: string;
                kanaal?: "telefoon" | "e-mail" | "website" | "inloop" | "huisbezoek";
                /** @description Leeftijd in jaren (bijvoorbeeld 70) of een categorie (0-18, 18-25, 25-65, 65+) */
                leeftijd?: number | ("0-18" | "18-25" | "25-65" | "65+");
                /** @description Plaats van een locatie, of de naam van een gemeente in het werkgebied */
                plaats?: string;
                /** @description De vraag in eigen woorden, bijvoorbeeld "ik heb schulden" */
                vraag?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Hulpvraagantwoord"];
                };
            };
            400: components["responses"]["OngeldigeInvoer"];
            401: components["responses"]["NietIngelogd"];
            500: components["responses"]["InterneFout"];
        };
    };
    getLocatie: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id van de locatie */
                locatieId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Locatie"];
                };
            };
            400: components["responses"]["OngeldigeInvoer"];
            401: components["responses"]["NietIngelogd"];
            403: components["responses"]["GeenToegang"];
            404: components["responses"]["NietGevondenOfAndereOrganisatie"];
            500: components["responses"]["InterneFout"];
        };
    };
    putLocatie: {
        parameters: {
            query?: never;
            header?: {
                /** @description Versie die u het laatst las, bijvoorbeeld "3" (412 als die verouderd is) */
                "if-match"?: string;
            };
            path: {
                /** @description Id van de locatie */
                locatieId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LocatieInvoerInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Locatie"];
                };
            };
            400: components["responses"]["OngeldigeInvoer"];
            401: components["responses"]["NietIngelogd"];
            403: components["responses"]["GeenToegangWijziging"];
            404: components["responses"]["NietGevondenOfAndereOrganisatie"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["VersieVerouderd"];
            413: components["responses"]["TeGroot"];
            415: components["responses"]["SoortNietOndersteund"];
            428: components["responses"]["VersieOntbreekt"];
            500: components["responses"]["InterneFout"];
        };
    };
    deleteLocatie: {
        parameters: {
            query?: never;
            header?: {
                /** @description Versie die u het laatst las, bijvoorbeeld "3" (412 als die verouderd is) */
                "if-match"?: string;
            };
            path: {
                /** @description Id van de locatie */
                locatieId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Verwijderd */
            204: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": null;
                };
            };
            400: components["responses"]["OngeldigeInvoer"];
            401: components["responses"]["NietIngelogd"];
            403: components["responses"]["GeenToegangWijziging"];
            404: components["responses"]["NietGevondenOfAndereOrganisatie"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["VersieVerouderd"];
            428: components["responses"]["VersieOntbreekt"];
            500: components["responses"]["InterneFout"];
        };
    };
    getSocialeKaartTaxonomie: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SocialeKaartTaxonomie"];
                };
            };
            400: components["responses"]["OngeldigeInvoer"];
            401: components["responses"]["NietIngelogd"];
            500: components["responses"]["InterneFout"];
        };
    };
    listVeelgesteldeVragen: {
        parameters: {
            query: {
                gemeenteCode: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VeelgesteldeVraag"][];
                };
            };
            400: components["responses"]["OngeldigeInvoer"];
            401: components["responses"]["NietIngelogd"];
            500: components["responses"]["InterneFout"];
        };
    };
    putVeelgesteldeVraag: {
        parameters: {
            query?: never;
            header?: {
                /** @description Versie die u het laatst las, bijvoorbeeld "3" (412 als die verouderd is) */
                "if-match"?: string;
            };
            path: {
                /** @description Id van de veelgestelde vraag */
                faqId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VeelgesteldeVraagInvoerInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VeelgesteldeVraag"];
                };
            };
            400: components["responses"]["OngeldigeInvoer"];
            401: components["responses"]["NietIngelogd"];
            403: components["responses"]["GeenToegangWijziging"];
            404: components["responses"]["NietGevondenOfAndereOrganisatie"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["VersieVerouderd"];
            413: components["responses"]["TeGroot"];
            415: components["responses"]["SoortNietOndersteund"];
            428: components["responses"]["VersieOntbreekt"];
            500: components["responses"]["InterneFout"];
        };
    };
    deleteVeelgesteldeVraag: {
        parameters: {
            query?: never;
            header?: {
                /** @description Versie die u het laatst las, bijvoorbeeld "3" (412 als die verouderd is) */
                "if-match"?: string;
            };
            path: {
                /** @description Id van de veelgestelde vraag */
                faqId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Verwijderd */
            204: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": null;
                };
            };
            400: components["responses"]["OngeldigeInvoer"];
            401: components["responses"]["NietIngelogd"];
            403: components["responses"]["GeenToegangWijziging"];
            404: components["responses"]["NietGevondenOfAndereOrganisatie"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["VersieVerouderd"];
            428: components["responses"]["VersieOntbreekt"];
            500: components["responses"]["InterneFout"];
        };
    };
    zoekHulp: {
        parameters: {
            query?: {
                doelgroep?: "ouderen" | "verstandelijke-beperking" | "psychische-problemen" | "autisme" | "chronisch-zieken" | "lichamelijke-beperking" | "nah" | "zintuiglijke-problemen" | "jonge-kinderen-ontwikkeling" | "relationeel-geweld" | "financiele-problemen" | "huishoudelijke-hulp" | "werk-en-scholing" | "opvoeding" | "problemen-bij-kinderen" | "dak-en-thuislozen" | "meervoudige-problematiek";
                /** @description Leefgebied */
                domein?: "opvoeding_en_ontwikkeling" | "zelfstandig_wonen_en_samenleven" | "leren_en_werken" | "regelgeving_en_geldzaken" | "vrienden_en_relaties" | "vrije_tijd_en_sport";
                /** @description Alleen diensten voor inwoners van deze gemeente */
                gemeenteCode?: string;
                kanaal?: "telefoon" | "e-mail" | "website" | "inloop" | "huisbezoek";
                /** @description Leeftijd in jaren (bijvoorbeeld 70) of een categorie (0-18, 18-25, 25-65, 65+) */
                leeftijd?: number | ("0-18" | "18-25" | "25-65" | "65+");
                /** @description Paginanummer, vanaf 1 */
                pagina?: number;
                /** @description Aantal per pagina (maximaal 500) */
                paginaGrootte?: number;
                /** @description Plaats van een locatie, of de naam van een gemeente in het werkgebied */
                plaats?: string;
                /** @description De vraag in eigen woorden, bijvoorbeeld "ik heb schulden" */
                vraag?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Zoekresultaat"][];
                };
            };
            400: components["responses"]["OngeldigeInvoer"];
            401: components["responses"]["NietIngelogd"];
            500: components["responses"]["InterneFout"];
        };
    };
    startTweedeFactor: {
        parameters: {
            query?: never;
            header?: {
                /** @description Unieke sleutel per handeling (bijvoorbeeld een UUID). Stuur dezelfde sleutel mee als u het verzoek opnieuw verstuurt; dan wordt niets dubbel aangemaakt en krijgt u het eerste antwoord terug. Geldig: 24 uur. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    gebruikersnaam: string;
                    wachtwoord: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TweedeFactorInstellen"];
                };
            };
            400: components["responses"]["OngeldigeInvoer"];
            401: components["responses"]["NietIngelogd"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["TeGroot"];
            415: components["responses"]["SoortNietOndersteund"];
            422: components["responses"]["SleutelHergebruikt"];
            429: components["responses"]["TeVeelPogingen"];
            500: components["responses"]["InterneFout"];
        };
    };
    getClientervaring: {
        parameters: {
            query: {
                /** @description json, of een download: csv (puntkomma, UTF-8 met BOM) of xlsx */
                formaat?: "json" | "csv" | "xlsx";
                gemeenteCode?: string;
                totEnMetDatum: string;
                vanafDatum: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        resultaten: components["schemas"]["ClientervaringResultaat"][];
                        vragen: {
                            sleutel: string;
                            vraag: string;
                        }[];
                    };
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            400: components["responses"]["OngeldigeInvoer"];
            401: components["responses"]["NietIngelogd"];
            403: components["responses"]["GeenToegang"];
            404: components["responses"]["NietGevondenOfAndereOrganisatie"];
            500: components["responses"]["InterneFout"];
        };
    };
    addClientervaringAntwoord: {
        parameters: {
            query?: never;
            header?: {
                /** @description Unieke sleutel per handeling (bijvoorbeeld een UUID). Stuur dezelfde sleutel mee als u het verzoek opnieuw verstuurt; dan wordt niets dubbel aangemaakt en krijgt u het eerste antwoord terug. Geldig: 24 uur. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    aanbiederCode: string;
                    /** Format: date */
                    antwoordDatum: string;
                    antwoorden: {
                        bereikbaar?: number;
                        onafhankelijk?: number;
                        passend?: number;
                        regie?: number;
                        samen?: number;
                        serieus?: number;
                    };
                    gemeenteCode: string;
                    /**
                     * @default formulier
                     * @enum {string}
                     */
                    kanaal?: "formulier" | "huisbezoek" | "vertrouwenspersoon" | "import";
                    /** @default  */
                    toelichting?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                    };
                };
            };
            400: components["responses"]["OngeldigeInvoer"];
            401: components["responses"]["NietIngelogd"];
            403: components["responses"]["GeenToegangWijziging"];
            404: components["responses"]["NietGevondenOfAndereOrganisatie"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["TeGroot"];
            415: components["responses"]["SoortNietOndersteund"];
            422: components["responses"]["SleutelHergebruikt"];
            500: components["responses"]["InterneFout"];
        };
    };
    addClientervaringUitnodiging: {
        parameters: {
            query?: never;
            header?: {
                /** @description Unieke sleutel per handeling (bijvoorbeeld een UUID). Stuur dezelfde sleutel mee als u het verzoek opnieuw verstuurt; dan wordt niets dubbel aangemaakt en krijgt u het eerste antwoord terug. Geldig: 24 uur. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    aanbiederCode: string;
                    aantal?: number;
                    gemeenteCode: string;
                    steekproefId?: string;
                    /** Format: date */
                    verstuurdDatum: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        uitgenodigd: number;
                    };
                };
            };
            400: components["responses"]["OngeldigeInvoer"];
            401: components["responses"]["NietIngelogd"];
            403: components["responses"]["GeenToegangWijziging"];
            404: components["responses"]["NietGevondenOfAndereOrganisatie"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["TeGroot"];
            415: components["responses"]["SoortNietOndersteund"];
            422: components["responses"]["SleutelHergebruikt"];
            500: components["responses"]["InterneFout"];
        };
    };
    getVerantwoordingDashboardAanbieder: {
        parameters: {
            query?: {
                /** @description json, of een download: csv (puntkomma, UTF-8 met BOM) of xlsx */
                formaat?: "json" | "csv" | "xlsx";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        regels: components["schemas"]["VerantwoordingDashboardRegel"][];
                    };
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            400: components["responses"]["OngeldigeInvoer"];
            401: components["responses"]["NietIngelogd"];
            403: components["responses"]["GeenToegang"];
            404: components["responses"]["NietGevondenOfAndereOrganisatie"];
            500: components["responses"]["InterneFout"];
        };
    };
    getVerantwoordingDashboardGemeente: {
        parameters: {
            query?: {
                /** @description json, of een download: csv (puntkomma, UTF-8 met BOM) of xlsx */
                formaat?: "json" | "csv" | "xlsx";
            };
            header?: never;
            path: {
                dashGemeenteCode: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        regels: components["schemas"]["VerantwoordingDashboardRegel"][];
                    };
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            400: components["responses"]["OngeldigeInvoer"];
            401: components["responses"]["NietIngelogd"];
            403: components["responses"]["GeenToegang"];
            404: components["responses"]["NietGevondenOfAndereOrganisatie"];
            500: components["responses"]["InterneFout"];
        };
    };
    getMeeInformatiepakket: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                jaar: number;
                /** @description Code van de gemeente */
                pakketGemeenteCode: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeeInformatiepakket"];
                };
            };
            400: components["responses"]["OngeldigeInvoer"];
            401: components["responses"]["NietIngelogd"];
            403: components["responses"]["GeenToegang"];
            404: components["responses"]["NietGevondenOfAndereOrganisatie"];
            500: components["responses"]["InterneFout"];
        };
    };
    putMeeInformatiepakket: {
        parameters: {
            query?: never;
            header?: {
                "if-match"?: string;
            };
            path: {
                jaar: number;
                /** @description Code van de gemeente */
                pakketGemeenteCode: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    collectieveTaken: string[];
                    ivh: {
                        aangemeldeKinderen: number | null;
                        /** @description Leeg: het gepubliceerde IVH-budget */
                        kostenCenten: number | null;
                        netwerken: number | null;
                        omvang: string;
                    };
                    /** @description Leeg: geteld uit de dossiers */
                    korteVragen?: number | null;
                    netwerken: string[];
                    plustaken: string[];
                    toerusting: string[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeeInformatiepakket"];
                };
            };
            400: components["responses"]["OngeldigeInvoer"];
            401: components["responses"]["NietIngelogd"];
            403: components["responses"]["GeenToegangWijziging"];
            404: components["responses"]["NietGevondenOfAndereOrganisatie"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["VersieVerouderd"];
            413: components["responses"]["TeGroot"];
            415: components["responses"]["SoortNietOndersteund"];
            428: components["responses"]["VersieOntbreekt"];
            500: components["responses"]["InterneFout"];
        };
    };
    importMeeInformatiepakket: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                jaar: number;
                /** @description Code van de gemeente */
                pakketGemeenteCode: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                "text/csv": string;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeeInformatiepakket"];
                };
            };
            400: components["responses"]["OngeldigeInvoer"];
            401: components["responses"]["NietIngelogd"];
            403: components["responses"]["GeenToegangWijziging"];
            404: components["responses"]["NietGevondenOfAndereOrganisatie"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["TeGroot"];
            415: components["responses"]["SoortNietOndersteund"];
            500: components["responses"]["InterneFout"];
        };
    };
    listVerantwoordingsPerioden: {
        parameters: {
            query?: {
                jaar?: number;
                status?: "concept" | "ingediend" | "vragen" | "geaccepteerd";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        perioden: components["schemas"]["VerantwoordingsPeriode"][];
                    };
                };
            };
            400: components["responses"]["OngeldigeInvoer"];
            401: components["responses"]["NietIngelogd"];
            403: components["responses"]["GeenToegang"];
            404: components["responses"]["NietGevondenOfAndereOrganisatie"];
            500: components["responses"]["InterneFout"];
        };
    };
    createVerantwoordingsPeriode: {
        parameters: {
            query?: never;
            header?: {
                /** @description Unieke sleutel per handeling (bijvoorbeeld een UUID). Stuur dezelfde sleutel mee als u het verzoek opnieuw verstuurt; dan wordt niets dubbel aangemaakt en krijgt u het eerste antwoord terug. Geldig: 24 uur. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    aanbiederCode: string;
                    /** @enum {string} */
                    bekostigingsvorm: "functie" | "product" | "project" | "populatie";
                    gemeenteCode: string;
                    naam?: string;
                    /** Format: date */
                    totEnMetDatum: string;
                    /** Format: date */
                    uiterlijkDatum?: string;
                    /** Format: date */
                    vanafDatum: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VerantwoordingsRapportage"];
                };
            };
            400: components["responses"]["OngeldigeInvoer"];
            401: components["responses"]["NietIngelogd"];
            403: components["responses"]["GeenToegangWijziging"];
            404: components["responses"]["NietGevondenOfAndereOrganisatie"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["TeGroot"];
            415: components["responses"]["SoortNietOndersteund"];
            422: components["responses"]["SleutelHergebruikt"];
            500: components["responses"]["InterneFout"];
        };
    };
    getVerantwoordingsRapportage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id van de verantwoordingsperiode */
                periodeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VerantwoordingsRapportage"];
                };
            };
            400: components["responses"]["OngeldigeInvoer"];
            401: components["responses"]["NietIngelogd"];
            403: components["responses"]["GeenToegang"];
            404: components["responses"]["NietGevondenOfAndereOrganisatie"];
            500: components["responses"]["InterneFout"];
        };
    };
    acceptVerantwoording: {
        parameters: {
            query?: never;
            header?: {
                /** @description Versie van de rapportage, bijvoorbeeld "3" (412 als die verouderd is) */
                "if-match"?: string;
            };
            path: {
                /** @description Id van de verantwoordingsperiode */
                periodeId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    toelichting?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VerantwoordingsRapportage"];
                };
            };
            400: components["responses"]["OngeldigeInvoer"];
            401: components["responses"]["NietIngelogd"];
            403: components["responses"]["GeenToegangWijziging"];
            404: components["responses"]["NietGevondenOfAndereOrganisatie"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["VersieVerouderd"];
            413: components["responses"]["TeGroot"];
            415: components["responses"]["SoortNietOndersteund"];
            428: components["responses"]["VersieOntbreekt"];
            500: components["responses"]["InterneFout"];
        };
    };
    addVerantwoordingBericht: {
        parameters: {
            query?: never;
            header?: {
                /** @description Unieke sleutel per handeling (bijvoorbeeld een UUID). Stuur dezelfde sleutel mee als u het verzoek opnieuw verstuurt; dan wordt niets dubbel aangemaakt en krijgt u het eerste antwoord terug. Geldig: 24 uur. */
                "idempotency-key"?: string;
            };
            path: {
                /** @description Id van de verantwoordingsperiode */
                periodeId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    bericht: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VerantwoordingsRapportage"];
                };
            };
            400: components["responses"]["OngeldigeInvoer"];
            401: components["responses"]["NietIngelogd"];
            403: components["responses"]["GeenToegangWijziging"];
            404: components["responses"]["NietGevondenOfAndereOrganisatie"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["TeGroot"];
            415: components["responses"]["SoortNietOndersteund"];
            422: components["responses"]["SleutelHergebruikt"];
            500: components["responses"]["InterneFout"];
        };
    };
    recomputeVerantwoording: {
        parameters: {
            query?: never;
            header?: {
                /** @description Versie van de rapportage, bijvoorbeeld "3" (412 als die verouderd is) */
                "if-match"?: string;
            };
            path: {
                /** @description Id van de verantwoordingsperiode */
                periodeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VerantwoordingsRapportage"];
                };
            };
            400: components["responses"]["OngeldigeInvoer"];
            401: components["responses"]["NietIngelogd"];
            403: components["responses"]["GeenToegangWijziging"];
            404: components["responses"]["NietGevondenOfAndereOrganisatie"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["VersieVerouderd"];
            428: components["responses"]["VersieOntbreekt"];
            500: components["responses"]["InterneFout"];
        };
    };
    getVerantwoordingHerkomst: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id van de verantwoordingsperiode */
                periodeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VerantwoordingHerkomst"];
                };
            };
            400: components["responses"]["OngeldigeInvoer"];
            401: components["responses"]["NietIngelogd"];
            403: components["responses"]["GeenToegang"];
            404: components["responses"]["NietGevondenOfAndereOrganisatie"];
            500: components["responses"]["InterneFout"];
        };
    };
    submitVerantwoording: {
        parameters: {
            query?: never;
            header?: {
                /** @description Unieke sleutel per handeling (bijvoorbeeld een UUID). Stuur dezelfde sleutel mee als u het verzoek opnieuw verstuurt; dan wordt niets dubbel aangemaakt en krijgt u het eerste antwoord terug. Geldig: 24 uur. */
                "idempotency-key"?: string;
                /** @description Versie van de rapportage, bijvoorbeeld "3" (412 als die verouderd is) */
                "if-match"?: string;
            };
            path: {
                /** @description Id van de verantwoordingsperiode */
                periodeId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    toelichting?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VerantwoordingsRapportage"];
                };
            };
            400: components["responses"]["OngeldigeInvoer"];
            401: components["responses"]["NietIngelogd"];
            403: components["responses"]["GeenToegangWijziging"];
            404: components["responses"]["NietGevondenOfAndereOrganisatie"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["VersieVerouderd"];
            413: components["responses"]["TeGroot"];
            415: components["responses"]["SoortNietOndersteund"];
            422: components["responses"]["SleutelHergebruikt"];
            428: components["responses"]["VersieOntbreekt"];
            500: components["responses"]["InterneFout"];
        };
    };
    getVerantwoordingsSjabloonBestand: {
        parameters: {
            query?: {
                formaat?: "csv" | "xlsx";
            };
            header?: never;
            path: {
                /** @description Id van de verantwoordingsperiode */
                periodeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description CSV of XLSX */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            400: components["responses"]["OngeldigeInvoer"];
            401: components["responses"]["NietIngelogd"];
            403: components["responses"]["GeenToegang"];
            404: components["responses"]["NietGevondenOfAndereOrganisatie"];
            500: components["responses"]["InterneFout"];
        };
    };
    uploadVerantwoording: {
        parameters: {
            query?: never;
            header?: {
                /** @description Unieke sleutel per handeling (bijvoorbeeld een UUID). Stuur dezelfde sleutel mee als u het verzoek opnieuw verstuurt; dan wordt niets dubbel aangemaakt en krijgt u het eerste antwoord terug. Geldig: 24 uur. */
                "idempotency-key"?: string;
                /** @description Versie van de rapportage, bijvoorbeeld "3" (412 als die verouderd is) */
                "if-match"?: string;
            };
            path: {
                /** @description Id van de verantwoordingsperiode */
                periodeId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                "text/csv": string;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VerantwoordingsRapportage"];
                };
            };
            400: components["responses"]["OngeldigeInvoer"];
            401: components["responses"]["NietIngelogd"];
            403: components["responses"]["GeenToegangWijziging"];
            404: components["responses"]["NietGevondenOfAndereOrganisatie"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["VersieVerouderd"];
            413: components["responses"]["TeGroot"];
            415: components["responses"]["SoortNietOndersteund"];
            422: components["responses"]["SleutelHergebruikt"];
            428: components["responses"]["VersieOntbreekt"];
            500: components["responses"]["InterneFout"];
        };
    };
    askVerantwoordingVraag: {
        parameters: {
            query?: never;
            header?: {
                /** @description Unieke sleutel per handeling (bijvoorbeeld een UUID). Stuur dezelfde sleutel mee als u het verzoek opnieuw verstuurt; dan wordt niets dubbel aangemaakt en krijgt u het eerste antwoord terug. Geldig: 24 uur. */
                "idempotency-key"?: string;
                /** @description Versie van de rapportage, bijvoorbeeld "3" (412 als die verouderd is) */
                "if-match"?: string;
            };
            path: {
                /** @description Id van de verantwoordingsperiode */
                periodeId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    vraag: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VerantwoordingsRapportage"];
                };
            };
            400: components["responses"]["OngeldigeInvoer"];
            401: components["responses"]["NietIngelogd"];
            403: components["responses"]["GeenToegangWijziging"];
            404: components["responses"]["NietGevondenOfAndereOrganisatie"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["VersieVerouderd"];
            413: components["responses"]["TeGroot"];
            415: components["responses"]["SoortNietOndersteund"];
            422: components["responses"]["SleutelHergebruikt"];
            428: components["responses"]["VersieOntbreekt"];
            500: components["responses"]["InterneFout"];
        };
    };
    putVerantwoordingsWaarden: {
        parameters: {
            query?: never;
            header?: {
                /** @description Versie van de rapportage, bijvoorbeeld "3" (412 als die verouderd is) */
                "if-match"?: string;
            };
            path: {
                /** @description Id van de verantwoordingsperiode */
                periodeId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    waarden: {
                        [key: string]: unknown;
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VerantwoordingsRapportage"];
                };
            };
            400: components["responses"]["OngeldigeInvoer"];
            401: components["responses"]["NietIngelogd"];
            403: components["responses"]["GeenToegangWijziging"];
            404: components["responses"]["NietGevondenOfAndereOrganisatie"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["VersieVerouderd"];
            413: components["responses"]["TeGroot"];
            415: components["responses"]["SoortNietOndersteund"];
            428: components["responses"]["VersieOntbreekt"];
            500: components["responses"]["InterneFout"];
        };
    };
    getRaadsrapportage: {
        parameters: {
            query?: {
                formaat?: "html" | "pdf" | "xlsx";
            };
            header?: never;
            path: {
                jaar: number;
                raadGemeenteCode: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Het rapport (text/html, application/pdf of XLSX) */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/html": string;
                };
            };
            400: components["responses"]["OngeldigeInvoer"];
            401: components["responses"]["NietIngelogd"];
            403: components["responses"]["GeenToegang"];
            404: components["responses"]["NietGevondenOfAndereOrganisatie"];
            500: components["responses"]["InterneFout"];
        };
    };
    listVerantwoordingSjablonen: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        sjablonen: components["schemas"]["VerantwoordingsSjabloon"][];
                        uploadKolommen: string[];
                    };
                };
            };
            400: components["responses"]["OngeldigeInvoer"];
            401: components["responses"]["NietIngelogd"];
            403: components["responses"]["GeenToegang"];
            404: components["responses"]["NietGevondenOfAndereOrganisatie"];
            500: components["responses"]["InterneFout"];
        };
    };
    getVerantwoordingTotalen: {
        parameters: {
            query: {
                /** @description json, of een download: csv (puntkomma, UTF-8 met BOM) of xlsx */
                formaat?: "json" | "csv" | "xlsx";
                jaar: number;
                /** @description Nodig als u voor meer dan één regio werkt */
                jeugdregioCode?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VerantwoordingTotalen"];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            400: components["responses"]["OngeldigeInvoer"];
            401: components["responses"]["NietIngelogd"];
            403: components["responses"]["GeenToegang"];
            404: components["responses"]["NietGevondenOfAndereOrganisatie"];
            500: components["responses"]["InterneFout"];
        };
    };
}
