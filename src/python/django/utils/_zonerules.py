"""Time zones without a zoneinfo database (Pyodide has none): each zone follows the rule it
follows today, for every year. The rule is the POSIX TZ text that ends the zone's TZif file
("CST6CDT,M3.2.0,M11.1.0": Central Standard Time six hours west of UTC, daylight time from the
second Sunday of March to the first Sunday of November, at 02:00 local time).

So a datetime of this century shows as Django shows it (America/Chicago: 14:05 UTC on
1 March 2024 is 08:05 -06:00); one from before a zone last changed its rules (the US before
2007, a country that dropped daylight time) may be an hour off. `zone(name)` answers None for
a name it does not know. The table was written by tools/zone_rules.py from Debian 12's
tzdata 2025b.
"""

import datetime
import re

_HOUR = datetime.timedelta(hours=1)

# rule -> the zones that follow it
_RULES = {
    '<+00>0<+02>-2,M3.5.0/1,M10.5.0/3': 'Antarctica/Troll',
    '<+01>-1': 'Africa/Casablanca Africa/El_Aaiun Etc/GMT-1',
    '<+02>-2': 'Etc/GMT-2',
    '<+0330>-3:30': 'Asia/Tehran Iran',
    '<+03>-3': 'Antarctica/Syowa Asia/Aden Asia/Amman Asia/Baghdad Asia/Bahrain Asia/Damascus Asia/Istanbul Asia/Kuwait Asia/Qatar Asia/Riyadh Etc/GMT-3 Europe/Istanbul Europe/Minsk Turkey',
    '<+0430>-4:30': 'Asia/Kabul',
    '<+04>-4': 'Asia/Baku Asia/Dubai Asia/Muscat Asia/Tbilisi Asia/Yerevan Etc/GMT-4 Europe/Astrakhan Europe/Samara Europe/Saratov Europe/Ulyanovsk Indian/Mahe Indian/Mauritius Indian/Reunion',
    '<+0530>-5:30': 'Asia/Colombo',
    '<+0545>-5:45': 'Asia/Kathmandu Asia/Katmandu',
    '<+05>-5': 'Antarctica/Mawson Antarctica/Vostok Asia/Almaty Asia/Aqtau Asia/Aqtobe Asia/Ashgabat Asia/Ashkhabad Asia/Atyrau Asia/Dushanbe Asia/Oral Asia/Qostanay Asia/Qyzylorda Asia/Samarkand Asia/Tashkent Asia/Yekaterinburg Etc/GMT-5 Indian/Kerguelen Indian/Maldives',
    '<+0630>-6:30': 'Asia/Rangoon Asia/Yangon Indian/Cocos',
    '<+06>-6': 'Asia/Bishkek Asia/Dacca Asia/Dhaka Asia/Kashgar Asia/Omsk Asia/Thimbu Asia/Thimphu Asia/Urumqi Etc/GMT-6 Indian/Chagos',
    '<+07>-7': 'Antarctica/Davis Asia/Bangkok Asia/Barnaul Asia/Ho_Chi_Minh Asia/Hovd Asia/Krasnoyarsk Asia/Novokuznetsk Asia/Novosibirsk Asia/Phnom_Penh Asia/Saigon Asia/Tomsk Asia/Vientiane Etc/GMT-7 Indian/Christmas',
    '<+0845>-8:45': 'Australia/Eucla',
    '<+08>-8': 'Antarctica/Casey Asia/Brunei Asia/Choibalsan Asia/Irkutsk Asia/Kuala_Lumpur Asia/Kuching Asia/Singapore Asia/Ulaanbaatar Asia/Ulan_Bator Etc/GMT-8 Singapore',
    '<+09>-9': 'Asia/Chita Asia/Dili Asia/Khandyga Asia/Yakutsk Etc/GMT-9 Pacific/Palau',
    '<+1030>-10:30<+11>-11,M10.1.0,M4.1.0': 'Australia/LHI Australia/Lord_Howe',
    '<+10>-10': 'Antarctica/DumontDUrville Asia/Ust-Nera Asia/Vladivostok Etc/GMT-10 Pacific/Chuuk Pacific/Port_Moresby Pacific/Truk Pacific/Yap',
    '<+11>-11': 'Asia/Magadan Asia/Sakhalin Asia/Srednekolymsk Etc/GMT-11 Pacific/Bougainville Pacific/Efate Pacific/Guadalcanal Pacific/Kosrae Pacific/Noumea Pacific/Pohnpei Pacific/Ponape',
    '<+11>-11<+12>,M10.1.0,M4.1.0/3': 'Pacific/Norfolk',
    '<+1245>-12:45<+1345>,M9.5.0/2:45,M4.1.0/3:45': 'NZ-CHAT Pacific/Chatham',
    '<+12>-12': 'Asia/Anadyr Asia/Kamchatka Etc/GMT-12 Kwajalein Pacific/Fiji Pacific/Funafuti Pacific/Kwajalein Pacific/Majuro Pacific/Nauru Pacific/Tarawa Pacific/Wake Pacific/Wallis',
    '<+13>-13': 'Etc/GMT-13 Pacific/Apia Pacific/Enderbury Pacific/Fakaofo Pacific/Kanton Pacific/Tongatapu',
    '<+14>-14': 'Etc/GMT-14 Pacific/Kiritimati',
    '<-00>0': 'Factory',
    '<-01>1': 'Atlantic/Cape_Verde Etc/GMT+1',
    '<-01>1<+00>,M3.5.0/0,M10.5.0/1': 'Atlantic/Azores',
    '<-02>2': 'America/Noronha Atlantic/South_Georgia Brazil/DeNoronha Etc/GMT+2',
    '<-02>2<-01>,M3.5.0/-1,M10.5.0/0': 'America/Godthab America/Nuuk America/Scoresbysund',
    '<-03>3': 'America/Araguaina America/Argentina/Buenos_Aires America/Argentina/Catamarca America/Argentina/ComodRivadavia America/Argentina/Cordoba America/Argentina/Jujuy America/Argentina/La_Rioja America/Argentina/Mendoza America/Argentina/Rio_Gallegos America/Argentina/Salta America/Argentina/San_Juan America/Argentina/San_Luis America/Argentina/Tucuman America/Argentina/Ushuaia America/Asuncion America/Bahia America/Belem America/Buenos_Aires America/Catamarca America/Cayenne America/Cordoba America/Coyhaique America/Fortaleza America/Jujuy America/Maceio America/Mendoza America/Montevideo America/Paramaribo America/Punta_Arenas America/Recife America/Rosario America/Santarem America/Sao_Paulo Antarctica/Palmer Antarctica/Rothera Atlantic/Stanley Brazil/East Etc/GMT+3',
    '<-03>3<-02>,M3.2.0,M11.1.0': 'America/Miquelon',
    '<-04>4': 'America/Boa_Vista America/Campo_Grande America/Caracas America/Cuiaba America/Guyana America/La_Paz America/Manaus America/Porto_Velho Brazil/West Etc/GMT+4',
    '<-04>4<-03>,M9.1.6/24,M4.1.6/24': 'America/Santiago Chile/Continental',
    '<-05>5': 'America/Bogota America/Eirunepe America/Guayaquil America/Lima America/Porto_Acre America/Rio_Branco Brazil/Acre Etc/GMT+5',
    '<-06>6': 'Etc/GMT+6 Pacific/Galapagos',
    '<-06>6<-05>,M9.1.6/22,M4.1.6/22': 'Chile/EasterIsland Pacific/Easter',
    '<-07>7': 'Etc/GMT+7',
    '<-08>8': 'Etc/GMT+8 Pacific/Pitcairn',
    '<-0930>9:30': 'Pacific/Marquesas',
    '<-09>9': 'Etc/GMT+9 Pacific/Gambier',
    '<-10>10': 'Etc/GMT+10 Pacific/Rarotonga Pacific/Tahiti',
    '<-11>11': 'Etc/GMT+11 Pacific/Niue',
    '<-12>12': 'Etc/GMT+12',
    'ACST-9:30': 'Australia/Darwin Australia/North',
    'ACST-9:30ACDT,M10.1.0,M4.1.0/3': 'Australia/Adelaide Australia/Broken_Hill Australia/South Australia/Yancowinna',
    'AEST-10': 'Australia/Brisbane Australia/Lindeman Australia/Queensland',
    'AEST-10AEDT,M10.1.0,M4.1.0/3': 'Antarctica/Macquarie Australia/ACT Australia/Canberra Australia/Currie Australia/Hobart Australia/Melbourne Australia/NSW Australia/Sydney Australia/Tasmania Australia/Victoria',
    'AKST9AKDT,M3.2.0,M11.1.0': 'America/Anchorage America/Juneau America/Metlakatla America/Nome America/Sitka America/Yakutat US/Alaska',
    'AST4': 'America/Anguilla America/Antigua America/Aruba America/Barbados America/Blanc-Sablon America/Curacao America/Dominica America/Grenada America/Guadeloupe America/Kralendijk America/Lower_Princes America/Marigot America/Martinique America/Montserrat America/Port_of_Spain America/Puerto_Rico America/Santo_Domingo America/St_Barthelemy America/St_Kitts America/St_Lucia America/St_Thomas America/St_Vincent America/Tortola America/Virgin',
    'AST4ADT,M3.2.0,M11.1.0': 'America/Glace_Bay America/Goose_Bay America/Halifax America/Moncton America/Thule Atlantic/Bermuda Canada/Atlantic',
    'AWST-8': 'Australia/Perth Australia/West',
    'CAT-2': 'Africa/Blantyre Africa/Bujumbura Africa/Gaborone Africa/Harare Africa/Juba Africa/Khartoum Africa/Kigali Africa/Lubumbashi Africa/Lusaka Africa/Maputo Africa/Windhoek',
    'CET-1': 'Africa/Algiers Africa/Tunis',
    'CET-1CEST,M3.5.0,M10.5.0/3': 'Africa/Ceuta Arctic/Longyearbyen Atlantic/Jan_Mayen CET Europe/Amsterdam Europe/Andorra Europe/Belgrade Europe/Berlin Europe/Bratislava Europe/Brussels Europe/Budapest Europe/Busingen Europe/Copenhagen Europe/Gibraltar Europe/Ljubljana Europe/Luxembourg Europe/Madrid Europe/Malta Europe/Monaco Europe/Oslo Europe/Paris Europe/Podgorica Europe/Prague Europe/Rome Europe/San_Marino Europe/Sarajevo Europe/Skopje Europe/Stockholm Europe/Tirane Europe/Vaduz Europe/Vatican Europe/Vienna Europe/Warsaw Europe/Zagreb Europe/Zurich Poland',
    'CST-8': 'Asia/Chongqing Asia/Chungking Asia/Harbin Asia/Macao Asia/Macau Asia/Shanghai Asia/Taipei PRC ROC',
    'CST5CDT,M3.2.0/0,M11.1.0/1': 'America/Havana Cuba',
    'CST6': 'America/Bahia_Banderas America/Belize America/Chihuahua America/Costa_Rica America/El_Salvador America/Guatemala America/Managua America/Merida America/Mexico_City America/Monterrey America/Regina America/Swift_Current America/Tegucigalpa Canada/Saskatchewan Mexico/General',
    'CST6CDT,M3.2.0,M11.1.0': 'America/Chicago America/Indiana/Knox America/Indiana/Tell_City America/Knox_IN America/Matamoros America/Menominee America/North_Dakota/Beulah America/North_Dakota/Center America/North_Dakota/New_Salem America/Ojinaga America/Rainy_River America/Rankin_Inlet America/Resolute America/Winnipeg CST6CDT Canada/Central US/Central US/Indiana-Starke',
    'ChST-10': 'Pacific/Guam Pacific/Saipan',
    'EAT-3': 'Africa/Addis_Ababa Africa/Asmara Africa/Asmera Africa/Dar_es_Salaam Africa/Djibouti Africa/Kampala Africa/Mogadishu Africa/Nairobi Indian/Antananarivo Indian/Comoro Indian/Mayotte',
    'EET-2': 'Africa/Tripoli Europe/Kaliningrad Libya',
    'EET-2EEST,M3.4.4/50,M10.4.4/50': 'Asia/Gaza Asia/Hebron',
    'EET-2EEST,M3.5.0,M10.5.0/3': 'Europe/Chisinau Europe/Tiraspol',
    'EET-2EEST,M3.5.0/0,M10.5.0/0': 'Asia/Beirut',
    'EET-2EEST,M3.5.0/3,M10.5.0/4': 'Asia/Famagusta Asia/Nicosia EET Europe/Athens Europe/Bucharest Europe/Helsinki Europe/Kiev Europe/Kyiv Europe/Mariehamn Europe/Nicosia Europe/Riga Europe/Sofia Europe/Tallinn Europe/Uzhgorod Europe/Vilnius Europe/Zaporozhye',
    'EET-2EEST,M4.5.5/0,M10.5.4/24': 'Africa/Cairo Egypt',
    'EST5': 'America/Atikokan America/Cancun America/Cayman America/Coral_Harbour America/Jamaica America/Panama EST Jamaica',
    'EST5EDT,M3.2.0,M11.1.0': 'America/Detroit America/Fort_Wayne America/Grand_Turk America/Indiana/Indianapolis America/Indiana/Marengo America/Indiana/Petersburg America/Indiana/Vevay America/Indiana/Vincennes America/Indiana/Winamac America/Indianapolis America/Iqaluit America/Kentucky/Louisville America/Kentucky/Monticello America/Louisville America/Montreal America/Nassau America/New_York America/Nipigon America/Pangnirtung America/Port-au-Prince America/Thunder_Bay America/Toronto Canada/Eastern EST5EDT US/East-Indiana US/Eastern US/Michigan posixrules',
    'GMT0': 'Africa/Abidjan Africa/Accra Africa/Bamako Africa/Banjul Africa/Bissau Africa/Conakry Africa/Dakar Africa/Freetown Africa/Lome Africa/Monrovia Africa/Nouakchott Africa/Ouagadougou Africa/Sao_Tome Africa/Timbuktu America/Danmarkshavn Atlantic/Reykjavik Atlantic/St_Helena Etc/GMT Etc/GMT+0 Etc/GMT-0 Etc/GMT0 Etc/Greenwich GMT GMT+0 GMT-0 GMT0 Greenwich Iceland',
    'GMT0BST,M3.5.0/1,M10.5.0': 'Europe/Belfast Europe/Guernsey Europe/Isle_of_Man Europe/Jersey Europe/London GB GB-Eire',
    'HKT-8': 'Asia/Hong_Kong Hongkong',
    'HST10': 'HST Pacific/Honolulu Pacific/Johnston US/Hawaii',
    'HST10HDT,M3.2.0,M11.1.0': 'America/Adak America/Atka US/Aleutian',
    'IST-1GMT0,M10.5.0,M3.5.0/1': 'Eire Europe/Dublin',
    'IST-2IDT,M3.4.4/26,M10.5.0': 'Asia/Jerusalem Asia/Tel_Aviv Israel',
    'IST-5:30': 'Asia/Calcutta Asia/Kolkata',
    'JST-9': 'Asia/Tokyo Japan',
    'KST-9': 'Asia/Pyongyang Asia/Seoul ROK',
    'MET-1MEST,M3.5.0,M10.5.0/3': 'MET',
    'MSK-3': 'Europe/Kirov Europe/Moscow Europe/Simferopol Europe/Volgograd W-SU',
    'MST7': 'America/Creston America/Dawson America/Dawson_Creek America/Fort_Nelson America/Hermosillo America/Mazatlan America/Phoenix America/Whitehorse Canada/Yukon MST Mexico/BajaSur US/Arizona',
    'MST7MDT,M3.2.0,M11.1.0': 'America/Boise America/Cambridge_Bay America/Ciudad_Juarez America/Denver America/Edmonton America/Inuvik America/Shiprock America/Yellowknife Canada/Mountain MST7MDT Navajo US/Mountain',
    'NST3:30NDT,M3.2.0,M11.1.0': 'America/St_Johns Canada/Newfoundland',
    'NZST-12NZDT,M9.5.0,M4.1.0/3': 'Antarctica/McMurdo Antarctica/South_Pole NZ Pacific/Auckland',
    'PKT-5': 'Asia/Karachi',
    'PST-8': 'Asia/Manila',
    'PST8PDT,M3.2.0,M11.1.0': 'America/Ensenada America/Los_Angeles America/Santa_Isabel America/Tijuana America/Vancouver Canada/Pacific Mexico/BajaNorte PST8PDT US/Pacific',
    'SAST-2': 'Africa/Johannesburg Africa/Maseru Africa/Mbabane',
    'SST11': 'Pacific/Midway Pacific/Pago_Pago Pacific/Samoa US/Samoa',
    'UTC0': 'Etc/UCT Etc/UTC Etc/Universal Etc/Zulu UCT UTC Universal Zulu localtime',
    'WAT-1': 'Africa/Bangui Africa/Brazzaville Africa/Douala Africa/Kinshasa Africa/Lagos Africa/Libreville Africa/Luanda Africa/Malabo Africa/Ndjamena Africa/Niamey Africa/Porto-Novo',
    'WET0WEST,M3.5.0/1,M10.5.0': 'Atlantic/Canary Atlantic/Faeroe Atlantic/Faroe Atlantic/Madeira Europe/Lisbon Portugal WET',
    'WIB-7': 'Asia/Jakarta Asia/Pontianak',
    'WIT-9': 'Asia/Jayapura',
    'WITA-8': 'Asia/Makassar Asia/Ujung_Pandang',
}

_by_name = {}


def zone(name):
    """The zone called `name` ('Europe/Paris'), or None when the table has no such zone."""
    if not _by_name:
        _by_name.update((key, rule) for rule, keys in _RULES.items() for key in keys.split())
    rule = _by_name.get(name)
    return RuleZone(name, rule) if rule else None


_PART = re.compile(
    r"(?P<name><[^>]+>|[A-Za-z]+)(?P<offset>[+-]?[\d:]+)?"
)


def _duration(text, west=False):
    """'5', '-3:30', '25' (hours[:minutes[:seconds]]) as a timedelta; POSIX offsets count west."""
    sign = -1 if text.startswith("-") else 1
    parts = [int(part) for part in text.lstrip("+-").split(":")] + [0, 0]
    amount = sign * datetime.timedelta(hours=parts[0], minutes=parts[1], seconds=parts[2])
    return -amount if west else amount


def _day_of(year, when):
    """The local date and time a rule part ('M3.2.0/2', 'J60', '59') names in `year`."""
    date_text, _, time_text = when.partition("/")
    at = _duration(time_text) if time_text else 2 * _HOUR
    if date_text.startswith("M"):
        month, week, weekday = (int(part) for part in date_text[1:].split("."))
        first = datetime.datetime(year, month, 1)
        day = first + datetime.timedelta(days=(weekday - (first.weekday() + 1)) % 7 + 7 * (week - 1))
        while day.month != month:  # week 5 means the last such day
            day -= datetime.timedelta(days=7)
    elif date_text.startswith("J"):  # 1..365, 29 February never counted
        day = datetime.datetime(year, 1, 1) + datetime.timedelta(days=int(date_text[1:]) - 1)
        if int(date_text[1:]) >= 60 and _leap(year):
            day += datetime.timedelta(days=1)
    else:  # 0..365, 29 February counted
        day = datetime.datetime(year, 1, 1) + datetime.timedelta(days=int(date_text))
    return day + at


def _leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


class RuleZone(datetime.tzinfo):
    """A zone from its POSIX rule; str() is its name, as a zoneinfo.ZoneInfo's is."""

    def __init__(self, key, rule):
        self.key, self.rule = key, rule
        zones, *changes = rule.split(",")
        parts = list(_PART.finditer(zones))
        self.std_name = parts[0]["name"].strip("<>")
        self.std = _duration(parts[0]["offset"], west=True)
        self.dst_name = parts[1]["name"].strip("<>") if len(parts) > 1 else None
        self.dst_offset = (
            _duration(parts[1]["offset"], west=True) if len(parts) > 1 and parts[1]["offset"] else self.std + _HOUR
        )
        self.changes = changes if self.dst_name else []

    def __str__(self):
        return self.key

    def __repr__(self):
        return "zoneinfo.ZoneInfo(key=%r)" % self.key

    def __eq__(self, other):
        return isinstance(other, RuleZone) and other.key == self.key

    def __hash__(self):
        return hash(self.key)

    def __reduce__(self):
        return (zone, (self.key,))

    # ---- which offset holds at an instant ---------------------------------------------------

    def _daylight_at(self, utc):
        """Whether daylight time holds at `utc` (a naive UTC datetime)."""
        if not self.changes:
            return False
        start = _day_of(utc.year, self.changes[0]) - self.std  # the clocks go forward, in UTC
        end = _day_of(utc.year, self.changes[1]) - self.dst_offset  # and back
        return start <= utc < end if start < end else not end <= utc < start

    def _offset_at(self, utc):
        return self.dst_offset if self._daylight_at(utc) else self.std

    def fromutc(self, dt):
        utc = dt.replace(tzinfo=None)
        offset = self._offset_at(utc)
        wall = utc + offset
        other = self.std if offset == self.dst_offset else self.dst_offset
        repeated = other != offset and self._offset_at(wall - other) == other and wall - other < utc
        return (wall).replace(tzinfo=self, fold=1 if repeated else 0)

    # ---- which offset a wall time has -------------------------------------------------------

    def _wall_offset(self, dt):
        if dt is None:
            return None
        wall = dt.replace(tzinfo=None, fold=0)
        fits = [offset for offset in (self.dst_offset, self.std) if self._offset_at(wall - offset) == offset]
        if len(fits) == 1:
            return fits[0]
        if not self.changes:
            return self.std
        if fits:  # the hour the clocks go back: first the daylight offset, then (fold=1) standard
            return fits[dt.fold]
        return (self.std, self.dst_offset)[dt.fold]  # the hour skipped going forward

    def utcoffset(self, dt):
        return self._wall_offset(dt)

    def dst(self, dt):
        offset = self._wall_offset(dt)
        return None if offset is None else (offset - self.std if offset == self.dst_offset and self.changes else datetime.timedelta(0))

    def tzname(self, dt):
        offset = self._wall_offset(dt)
        if offset is None:
            return None
        return self.dst_name if self.changes and offset == self.dst_offset else self.std_name
