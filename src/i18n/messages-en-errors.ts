/**
 * The CLI's lines about bad input, in English: rule packs (src/engine/pack-loader.ts,
 * pack-lists.ts, regex-safety.ts), the extras of JSON Schema problems (src/support/
 * schema-errors.ts), platform exports (src/inputs/exports/), YAML syntax, commander's rarer
 * errors, suppression comments, and JUnit's labels. Part of the catalogue (messages-en.ts
 * spreads it in); the Welsh is messages-cy-errors.ts. Placeholders and counted nouns as
 * messages-en.ts. The names of arguments in usage lines are in help-cy.ts (VALUE_NAMES_CY).
 */
export const EN_ERRORS = {
  // Rule packs (src/engine/pack-loader.ts, pack-lists.ts).
  'pack.duplicateRuleFile': "duplicate rule id '{id}' (also in {file})",
  'pack.duplicateRuleInline': "duplicate rule id '{id}' (first at rule {n})",
  'pack.noRules': 'no rules: a pack folder holds pack.yaml and one YAML file per rule',
  'pack.notPack': 'not a rule pack: expected a mapping with pack, title and rules',
  'pack.ruleNotPack': "this is a rule file, not pack.yaml: a pack's pack.yaml holds pack, title and source",
  'pack.notRule': 'not a rule: expected a mapping with id, message, detect...',
  'pack.packInFolder': 'a pack file inside a pack folder: keep pack, title and source in pack.yaml, and one rule per other file',
  'pack.fileName': "rule '{id}' is in {base}.yaml: name the file after the rule ({name}.yaml)",
  'pack.textDetector': "{kind} detectors read a draft's text; account rules use 'kind: field' or a builtin",
  'pack.fieldNeedsAccount': "field detectors read account files: set 'applies-to: account'",
  'pack.fieldConditions': 'a field detector needs exactly one condition of: equals, required, matches, in-list, older-than, min-items (got {n})',
  'pack.unknownBuiltin': "unknown builtin detector '{name}'{hint}",
  'pack.builtinAppliesTo': "builtin '{name}' checks {appliesTo} files; set 'applies-to: {appliesTo}'",
  'pack.params': 'params: {message}',
  'pack.listName': "word list '{name}': name a .txt file in the same folder (letters, digits, '-', '_', '.')",
  'pack.listMissing': "word list '{name}' not found beside {file}",
  // Pack patterns (src/engine/regex-safety.ts).
  'pattern.invalid': 'invalid regular expression: {why}',
  'pattern.backReference': 'back-references are not allowed in pack patterns (they can backtrack without bound)',
  'pattern.catastrophic':
    "pattern can backtrack catastrophically ({kind} time, e.g. on '{attack}'): remove nested or overlapping repetition such as (a+)+ or (x|x)*, or the lookaround that keeps it from running in linear time",
  'pattern.exponential': 'exponential',
  'pattern.quadratic': 'quadratic',
  'pattern.polynomial': 'degree-{degree} polynomial',
  'pattern.tooComplex': 'pattern is too complex to prove safe from catastrophic backtracking; simplify it',

  // JSON Schema problems: hints, patterns and the limits ajv words itself (src/support/schema-errors.ts).
  'schema.hintQuote': ': put it in quotes, "{value}"',
  'schema.hintList': ': write [{value}]',
  'schema.pattern.ruleId': "a rule id such as 'dp/phone-number'",
  'schema.pattern.slug': 'lower-case letters, digits and hyphens',
  'schema.pattern.url': 'an http(s) address',
  'schema.pattern.email': 'an e-mail address',
  'schema.pattern.duration': "a duration such as '6 months'",
  'schema.pattern.dateTime': 'an ISO date or date-time such as 2026-12-01 or 2026-12-01T09:00',
  'schema.pattern.regex': 'to match /{pattern}/',
  'schema.minItems': '{name} must NOT have fewer than {limit} items',
  'schema.maxItems': '{name} must NOT have more than {limit} items',
  'schema.minLength': '{name} must NOT have fewer than {limit} characters',
  'schema.maxLength': '{name} must NOT have more than {limit} characters',
  'schema.minProperties': '{name} must NOT have fewer than {limit} properties',
  'schema.maxProperties': '{name} must NOT have more than {limit} properties',
  'schema.minimum': '{name} must be >= {limit}',
  'schema.maximum': '{name} must be <= {limit}',
  'schema.exclusiveMinimum': '{name} must be > {limit}',
  'schema.exclusiveMaximum': '{name} must be < {limit}',
  'schema.uniqueItems': '{name} must NOT have duplicate items (items ## {j} and {i} are identical)',
  'schema.invalid': '{name} is invalid',

  // Dates and the time zone of exports (src/inputs/exports/dates.ts).
  'date.unknownZone': "unknown time zone '{zone}': give an IANA name such as Europe/London",
  'date.notIso': "'{value}' is not an ISO 8601 date (write 2026-03-02 or 2026-03-02T09:00)",
  'date.notReal': "'{value}' is not a real date",
  'date.sproutNotReal': "'{value}' is not a real month-first date and 12-hour time (Sprout writes 3/15/2026 10:05 am)",
  'date.sproutResaved':
    "'{value}' is not how Sprout writes dates (3/15/2026 10:05 am): the file was re-saved by a spreadsheet program, which rewrites dates (and long post IDs); export it again from Sprout",
  'date.sproutNotDate': "'{value}' is not a date (Sprout writes 3/15/2026 10:05 am)",
  'export.date': 'date {problem}',
  'sprout.resaved':
    "date '{date}' and Post ID '{id}' are not as Sprout writes them: the file was re-saved by a spreadsheet program, which rewrites dates and loses the digits of long IDs; export it again from Sprout",

  // What a JSON value is, in messages about exports.
  'json.null': 'null',
  'json.list': 'a list',
  'json.string': 'a string',
  'json.object': 'an object',
  'json.number': 'a number',
  'json.boolean': 'a boolean',
  // JSON exports read record by record (src/inputs/exports/json-records.ts).
  'json.inRecord': ', in record {n} (which starts on line {line})',
  'json.nearRecord': ', in or just before record {n}',
  'json.trailing': 'unexpected text after the end of the JSON on line {line}: the file is damaged or was edited; export it again',
  'json.invalid': 'invalid JSON on line {line} ({detail}){where}: the file is damaged or was edited; export it again',
  'json.notArchive': "not an X archive data file: it should begin 'window.YTD.tweets.part0 = [', but begins '{start}'",
  'json.badUtf8': 'invalid UTF-8 near line {line}: the file is damaged; export it again',
  'json.badUtf8End': 'invalid UTF-8 at the end of the file (line {line}): the file is cut short or damaged; export it again',
  'json.cannotRead': 'cannot be read: {why}',
  'json.singleValue': 'expected a JSON list (array) or object of posts, found a single value: this is not a posts export',
  'json.empty': 'the file is empty or holds no JSON: export it again',
  'json.cutShort': 'the file ends on line {line} before its JSON is complete{where}: it is cut short; export or download it again',
  // Facebook (src/inputs/exports/facebook.ts).
  'fb.noList': "no list of posts found: expected a list of posts, or the Graph API's { \"data\": [ ... ] }; export the Page's posts again",
  'fb.notPost': 'record {n}: {what} where a post should be; the file is damaged or was edited: export it again',
  'fb.dyiRecord': 'record {row}: {why}; the file is damaged or was edited: download your information from Facebook again',
  'fb.dataNotList': 'data is {what}, not a list',
  'fb.postNotText': 'the post is {what}, not text',
  'fb.noTimestamp': 'the post has no timestamp',
  'fb.timestampType': 'the timestamp is {what} ({value}), not a number of seconds',
  'fb.timestampRange': 'the timestamp {value} is not a time a post can have{hint}',
  'fb.milliseconds': ' (it looks like milliseconds: Facebook writes seconds)',
  'fb.graphRecord': 'record {row}: {why}; request the posts again with fields=id,message,created_time,permalink_url',
  'fb.graphNotPost': '{what} where a post should be',
  'fb.messageNotText': 'the message is {what}, not text',
  'fb.noId': 'the post has no id',
  'fb.idNotText': 'the id is {what}, not text',
  'fb.createdMissing': "created_time is missing an ISO 8601 date-time with an offset, as the Graph API writes it ('2026-03-02T09:00:00+0000')",
  'fb.createdBad': "created_time {value} is not an ISO 8601 date-time with an offset, as the Graph API writes it ('2026-03-02T09:00:00+0000')",
  // An X archive (src/inputs/exports/twitter-archive.ts).
  'x.damaged': 'the archive may be damaged or edited: download it again from X',
  'x.noTweets': 'no data/tweets.js in this folder: give the folder of an unzipped X archive (the one holding data/), or its data/tweets.js',
  'x.otherData': "this file holds X's '{ytd}' data, not posts: give the archive's data/tweets.js",
  'x.notList': "expected a list of tweets ('window.YTD.tweets.part0 = [ ... ]'); {damaged}",
  'x.record': 'record {row}: {why}; {damaged}',
  'x.notTweet': '{what} where a tweet should be',
  'x.noId': 'the tweet has no id_str, so it cannot be linked to',
  'x.noText': 'tweet {id} has no full_text, so its text cannot be checked',
  'x.textNotText': 'the full_text of tweet {id} is {what}, not text',
  'x.createdMissing': "the created_at of tweet {id}, missing, is not a real date as X writes it ('Fri Feb 20 09:10:58 +0000 2026')",
  'x.createdBad': "the created_at of tweet {id}, '{value}', is not a real date as X writes it ('Fri Feb 20 09:10:58 +0000 2026')",
  'x.accountSide': '{message}; posts are linked by ID alone',
  'x.notesSide': '{message}; long posts are checked as cut in tweets.js',
  // CSV files (src/inputs/exports/csv-records.ts).
  'csv.notUtf8':
    "not UTF-8 text (near line {line}): save the file as 'CSV UTF-8 (Comma delimited)' (Excel's plain 'CSV' is not UTF-8 and loses Welsh letters such as ŵ and ŷ), or export it again",
  'csv.badHeader': 'the header line cannot be read ({why}): the first line must name the columns',
  'csv.otherError': '{why}; reading went on from line {line}',
  'csv.tooManyRestarts': 'stopped after {n} rows with broken quotes: is this file CSV? Export it again',
  'csv.empty': 'the file is empty: it has no header line',
  'csv.fewerFields': 'has {fields}, the header has {wanted}: the row is cut short, or a line break inside a value is not in double quotes; complete the row or export the file again',
  'csv.moreFields': 'has {fields}, the header has {wanted}: a value holding the delimiter {delimiter} must be in double quotes ("...")',
  'csv.tab': 'tab',

  // commander's lines that src/cli/language.ts puts in Welsh beside those of messages-en.ts.
  'cli.requiredOption': "required option '{flags}' not specified",
  'cli.conflictingOptions': "option '{a}' cannot be used with option '{b}'",

  // Why YAML could not be read (src/support/yaml-locate.ts). A Welsh run shows these by the
  // YAML library's error code; an English run keeps the library's own, more detailed words.
  'yaml.why.unclosed': "a list or mapping is not closed: add '{char}' at its end",
  'yaml.why.unclosedQuote': 'a quote is never closed: add the closing quote',
  'yaml.why.noValue': "a key has no colon and value after it: write 'key: value'",
  'yaml.why.alias': 'a problem with an anchor or alias (&name, *name)',
  'yaml.why.escape': 'an invalid escape sequence (\\) in double quotes',
  'yaml.why.indent': 'inconsistent indentation: items of one list or mapping must start in the same column',
  'yaml.why.tab': 'tabs are not allowed for indentation: use spaces',
  'yaml.why.scalarStart': 'a value without quotes cannot start with this character: put the value in quotes',
  'yaml.why.key': 'a key in an unexpected place: check the indentation and the colon after each key',
  'yaml.why.duplicateKey': 'the same key appears twice in one mapping: keep one',
  'yaml.why.missing': 'a character is missing: check brackets, quotes and colons, and the space after each colon',
  'yaml.why.unexpected': 'an unexpected character: check the brackets, quotes and commas on this line',
  'yaml.why.tag': 'an unknown or misplaced YAML tag (!tag)',
  'yaml.why.documents': 'more than one YAML document (---) in the file: keep one',
  'yaml.why.other': 'the YAML cannot be read: check the syntax on this line',

  // The labels of a finding's details in JUnit XML (src/formats/junit.ts).
  'junit.at': 'at {where}',
  'junit.rule': 'rule: {rule} ({category})',
  'junit.excerpt': 'excerpt: {excerpt}',
  'junit.policy': 'policy: {citation}',
  'junit.howToFix': 'how to fix: {remediation}',
  'junit.suggestions': 'suggestions: {list}',
  'junit.note': 'note: {note}',
  'junit.more': 'more: {url}',
  'junit.explain': 'policy text and examples: smpolicy explain {rule}',

  // The engine's findings about suppression comments (src/engine/lint.ts).
  'suppress.allRules': 'all rules',
  'suppress.noReason': "Suppression of {rules} has no reason: add one after ' -- '",
  'suppress.unknownRule': "Suppression names unknown rule '{id}'{hint}",
  'suppress.nothing': 'Suppression of {id} suppresses nothing',
  'suppress.allNothing': 'Suppression of all rules suppresses nothing',
  'suppress.unknownDirective': "Unknown suppression comment 'smpolicy-{name}': it suppresses nothing (write smpolicy-disable-next-line, smpolicy-disable or smpolicy-enable){hint}",
  'csv.workbook': "this is a spreadsheet workbook (.xlsx) or a zip file, not CSV text: save it as 'CSV UTF-8 (Comma delimited)'",

  // Other lines found by running the bin on bad input.
  'rules.badFormat': "--format '{value}': expected table, json or markdown{hint}",
  'fix.noteUtf16': 'not fixed: the file is UTF-16; save it as UTF-8 to fix it',
  'review.notKeys': 'the front matter is not a list of keys',
  'attachment.outside': 'it is outside the working folder; attach a copy inside it',
} as const;
