// What the benchmark generator knows about the ten werkplein sectors of the demo taxonomy
// (www/demo/taxonomy.json): which skill groups a sector's vacancies ask for, what its
// employers are called and what sort of business they are, and the hours it offers.
// Employer names are made up from common surnames and sector words (fictional).

/** Skill groups every vacancy may ask for, whatever the sector. */
export const GENERAL_SKILL_GROUPS = ['wm:skill:werkhouding', 'wm:skill:communicatie', 'wm:skill:plannen-organiseren',
  'wm:skill:digitale-vaardigheden', 'wm:skill:veiligheid'];

export const SECTORS = [
  {
    group: 'wm:occgroup:logistiek', skillGroups: ['wm:skill:intern-transport', 'wm:skill:magazijnwerk', 'wm:skill:vervoer'],
    names: ['Logistiek', 'Transport', 'Distributie', 'Warehousing'], kinds: ['distributiecentrum', 'transportbedrijf', 'groothandel'],
    hours: [[32, 40], [38, 40], [24, 32], [40, 40], [16, 24]],
  },
  {
    group: 'wm:occgroup:zorg-welzijn', skillGroups: ['wm:skill:zorgverlening', 'wm:skill:welzijn', 'wm:skill:huishoudelijk-werk'],
    names: ['Zorggroep', 'Thuiszorg', 'Woonzorg', 'Zorgcentrum'], kinds: ['zorgorganisatie', 'thuiszorgorganisatie', 'woonzorgcentrum'],
    hours: [[16, 24], [24, 32], [20, 28], [28, 36], [12, 20]],
  },
  {
    group: 'wm:occgroup:schoonmaak', skillGroups: ['wm:skill:schoonmaakwerk', 'wm:skill:hygiene', 'wm:skill:huishoudelijk-werk'],
    names: ['Schoonmaak', 'Facilitair', 'Reiniging', 'Schoonmaakdiensten'], kinds: ['schoonmaakbedrijf', 'facilitair bedrijf'],
    hours: [[8, 16], [12, 20], [16, 24], [20, 30], [32, 38]],
  },
  {
    group: 'wm:occgroup:horeca', skillGroups: ['wm:skill:keukenwerk', 'wm:skill:gastvrijheid', 'wm:skill:hygiene'],
    names: ['Eethuis', 'Brasserie', 'Hotel', 'Catering', 'Grand Café'], kinds: ['restaurant', 'hotel', 'cateringbedrijf'],
    hours: [[12, 24], [20, 32], [32, 40], [8, 16], [24, 38]],
  },
  {
    group: 'wm:occgroup:techniek', skillGroups: ['wm:skill:elektrotechnisch-werk', 'wm:skill:installatiewerk', 'wm:skill:technisch-onderhoud'],
    names: ['Installatietechniek', 'Elektro', 'Techniek', 'Klimaattechniek'], kinds: ['installatiebedrijf', 'technisch bedrijf'],
    hours: [[36, 40], [38, 40], [32, 40], [40, 40]],
  },
  {
    group: 'wm:occgroup:bouw', skillGroups: ['wm:skill:ruwbouw', 'wm:skill:afbouw', 'wm:skill:houtbewerking'],
    names: ['Bouw', 'Aannemersbedrijf', 'Bouwbedrijf', 'Afbouw'], kinds: ['bouwbedrijf', 'aannemer'],
    hours: [[38, 40], [40, 40], [32, 40], [36, 40]],
  },
  {
    group: 'wm:occgroup:retail', skillGroups: ['wm:skill:winkelwerk', 'wm:skill:magazijnwerk'],
    names: ['Supermarkt', 'Bouwmarkt', 'Versmarkt', 'Winkels'], kinds: ['supermarkt', 'winkel', 'bouwmarkt'],
    hours: [[8, 16], [12, 24], [16, 28], [24, 32], [32, 38]],
  },
  {
    group: 'wm:occgroup:administratie', skillGroups: ['wm:skill:administratief', 'wm:skill:financien', 'wm:skill:digitale-vaardigheden'],
    names: ['Administratiekantoor', 'Adviesgroep', 'Accountants', 'Diensten'], kinds: ['kantoor', 'administratiekantoor', 'gemeente'],
    hours: [[24, 32], [32, 36], [16, 24], [36, 40], [20, 28]],
  },
  {
    group: 'wm:occgroup:groen', skillGroups: ['wm:skill:groenvoorziening', 'wm:skill:tuinbouw'],
    names: ['Hoveniers', 'Groenbeheer', 'Kwekerij', 'Tuinen'], kinds: ['hoveniersbedrijf', 'kwekerij', 'groenbedrijf'],
    hours: [[32, 40], [38, 40], [24, 32], [40, 40]],
  },
  {
    group: 'wm:occgroup:productie', skillGroups: ['wm:skill:productiewerk', 'wm:skill:metaalbewerking', 'wm:skill:technisch-onderhoud'],
    names: ['Productie', 'Metaal', 'Verpakkingen', 'Food'], kinds: ['productiebedrijf', 'fabriek', 'metaalbedrijf'],
    hours: [[32, 40], [38, 40], [24, 32], [40, 40], [36, 40]],
  },
];

export const SURNAMES = ['Van Dijk', 'De Boer', 'Jansen', 'Bakker', 'Visser', 'Smit', 'Meijer', 'De Groot', 'Mulder', 'Bos',
  'Vos', 'Peters', 'Hendriks', 'Dekker', 'Brouwer', 'Van Leeuwen', 'Kok', 'Verhoeven', 'Willems', 'Van den Berg'];
