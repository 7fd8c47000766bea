"""A State's answer to the note verbale, in Chinese: unnumbered paragraphs under "一、" headings.

Articles are cited in Chinese numerals ("第八条第五款"). Country names inside the names of laws and
bodies ("《中华人民共和国公务员法》", "中国共产党") are not country mentions; "中方" (the Chinese side) is
not a name either."""

from ..builder import DocumentBuilder, art, countries, country, org


def build():
    """The Chinese submission."""
    b = DocumentBuilder()
    b.heading(
        "中华人民共和国关于执行《联合国反腐败公约》第七条第四款和第八条第五款情况的答复",
        country("CHN", "中华人民共和国"),
        art(7, "第七条第四款", "4"),
        art(8, "第八条第五款", "5"),
        level=1,
    )
    b.text(
        "中华人民共和国常驻维也纳联合国和其他国际组织代表团向联合国毒品和犯罪问题办公室致意，并谨就2011年"
        "2月4日普通照会所询事项答复如下。",
        country("CHN", "中华人民共和国"),
        org("UNODC", "联合国毒品和犯罪问题办公室"),
    )
    b.heading("领导干部报告个人有关事项制度", number="一", label="一、", level=2)
    b.text(
        "根据《公约》第八条的规定，中国建立了领导干部报告个人有关事项制度。2010年7月，中共中央办公厅、国务院"
        "办公厅印发了《关于领导干部报告个人有关事项的规定》，要求县处级副职以上领导干部每年报告本人婚姻变化、"
        "配偶子女移居国（境）外和从业、收入、房产、投资等情况。",
        art(8, "第八条"),
        country("CHN", "中国"),
    )
    b.text(
        "领导干部应当于每年1月31日前报告上一年度的有关事项。组织人事部门负责受理报告，并对报告情况进行汇总"
        "综合和抽查核实。对不按规定报告或者隐瞒不报的，视情节轻重给予批评教育、责令检查、诫勉谈话、通报批评"
        "或者调整工作岗位、免职等处理。",
    )
    b.heading("公职人员行为准则和利益冲突", number="二", label="二、", level=2)
    b.text(
        "《中华人民共和国公务员法》规定了公务员应当遵守的纪律，包括不得贪污、行贿、受贿，不得从事或者参与营利"
        "性活动。公务员辞去公职或者退休的，原系领导成员的公务员在离职三年内，其他公务员在离职两年内，不得到与"
        "原工作业务直接相关的企业或者其他营利性组织任职。",
    )
    b.text(
        "2010年1月，中共中央印发了《中国共产党党员领导干部廉洁从政若干准则》，对领导干部的廉洁从政行为作出了"
        "具体规定，体现了《公约》第八条第二款和第三款的要求。",
        art(8, "第八条第二款", "2"),
        art(8, "第三款", "3"),
    )
    b.heading("预防腐败机构", number="三", label="三、", level=2)
    b.text(
        "国家预防腐败局于2007年成立，负责全国预防腐败工作的组织协调、综合规划、政策制定和检查指导，符合"
        "《公约》第六条关于预防性反腐败机构的要求。监察部和国家预防腐败局合署办公。",
        art(6, "第六条"),
    )
    b.heading("国际合作", number="四", label="四、", level=2)
    b.text(
        "中国积极参与反腐败国际合作。国际反腐败局联合会于2006年在北京成立，最高人民检察院检察长当选为首任"
        "主席。中国还在亚太经济合作组织框架内以及与经济合作与发展组织在预防腐败领域开展了交流。",
        country("CHN", "中国"),
        org("IAACA", "国际反腐败局联合会"),
        country("CHN", "中国"),
        org("APEC", "亚太经济合作组织"),
        org("OECD", "经济合作与发展组织"),
    )
    b.text(
        "中国愿与各缔约国，特别是越南、老挝、蒙古等周边国家，分享领导干部报告个人有关事项制度的经验。",
        country("CHN", "中国"),
        *countries("VNM=越南; LAO=老挝; MNG=蒙古"),
    )
    b.heading("挑战和技术援助需求", number="五", label="五、", level=2)
    b.text(
        "目前面临的主要挑战是如何提高报告核查的效率和准确性。中方希望联合国毒品和犯罪问题办公室根据《公约》"
        "第六十条，协助举办关于财产申报核查技术的培训班。",
        org("UNODC", "联合国毒品和犯罪问题办公室"),
        art(60, "第六十条"),
    )
    b.text("2011年4月8日于维也纳", style="date")
    return b.build(
        slug="submission-2011-china",
        language="zh",
        kind="submission",
        title="中华人民共和国关于领导干部报告个人有关事项制度和利益冲突的答复",
        date="2011-04-08",
        state="CHN",
        original_language="zh",
    )
