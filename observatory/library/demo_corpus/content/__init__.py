"""The text of the demo documents, one module per document (or per language version)."""

from . import (
    cosp7_resolutions_en,
    cosp7_resolutions_fr,
    cosp8_resolutions_en,
    cosp8_resolutions_es,
    cosp8_resolutions_fr,
    cosp9_implementation_report_en,
    cosp9_implementation_report_fr,
    note_verbale,
    submission_china_zh,
    submission_jordan_ar,
    submission_mexico_es,
    submission_russia_ru,
    wg4_background_en,
    wg4_background_es,
)

BUILDERS = (
    cosp7_resolutions_en.build,
    cosp7_resolutions_fr.build,
    wg4_background_en.build,
    wg4_background_es.build,
    note_verbale.build_en,
    note_verbale.build_fr,
    submission_jordan_ar.build,
    submission_russia_ru.build,
    submission_china_zh.build,
    submission_mexico_es.build,
    # The mandate tracker's demo: resolutions of the eighth session that follow up those of the seventh,
    # and the Secretariat's report on them to the ninth.
    cosp8_resolutions_en.build,
    cosp8_resolutions_fr.build,
    cosp8_resolutions_es.build,
    cosp9_implementation_report_en.build,
    cosp9_implementation_report_fr.build,
)
