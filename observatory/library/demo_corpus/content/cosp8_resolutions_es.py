"""Resoluciones 8/1 y 8/2 de la Conferencia, extracto del informe sobre su octavo período de sesiones
(versión en español).

Same symbol, same numbering, same ids as the English version: a language version of one document."""

from ..builder import DocumentBuilder, act, art, country, org, report, res, sym

REPORT_TO_NINTH = "a la Conferencia en su noveno período de sesiones"
CHAPEAU = "La Conferencia de los Estados Partes en la Convención de las Naciones Unidas contra la Corrupción,"


def build():
    """The Spanish version."""
    b = DocumentBuilder()
    b.text(
        "Conferencia de los Estados Partes\nen la Convención de las Naciones\nUnidas contra la Corrupción",
        style="masthead",
    )
    b.text("Distr. general\n14 de enero de 2020\nEspañol\nOriginal: inglés", style="distribution")
    b.text(
        "Extracto del informe de la Conferencia de los Estados Partes en la Convención de las Naciones "
        "Unidas contra la Corrupción sobre su octavo período de sesiones, celebrado en Abu Dabi del 16 al 20 "
        "de diciembre de 2019",
        style="title",
    )
    b.heading(
        "Resoluciones aprobadas por la Conferencia de los Estados Partes en la Convención de las Naciones "
        "Unidas contra la Corrupción",
        number="I",
        level=1,
    )
    b.numbered(
        "1",
        "En su octavo período de sesiones, celebrado en Abu Dabi del 16 al 20 de diciembre de 2019, la "
        "Conferencia de los Estados Partes en la Convención de las Naciones Unidas contra la Corrupción "
        "aprobó las siguientes resoluciones:",
    )

    b.resolution("8/1")
    b.heading("Resolución 8/1", res("CoSP", "8/1", "Resolución 8/1"), level=3)
    b.heading(
        "Seguimiento de la resolución 7/1 sobre los sistemas de declaración de bienes y la gestión de los "
        "conflictos de intereses",
        res("CoSP", "7/1", "resolución 7/1"),
        level=3,
    )
    b.text(CHAPEAU, style="chapeau")
    b.pp(
        "Recordando su resolución 7/1, de 10 de noviembre de 2017, titulada “Fortalecimiento de los sistemas "
        "de declaración de bienes y de la gestión de los conflictos de intereses”,",
        res("CoSP", "7/1", "resolución 7/1, de 10 de noviembre de 2017", "2017-11-10"),
    )
    b.pp(
        "Recordando también el artículo 7, párrafo 4, y el artículo 8, párrafo 5, de la Convención, "
        "relativos "
        "a los sistemas que promueven la transparencia y previenen los conflictos de intereses y a las "
        "declaraciones de los funcionarios públicos,",
        art(7, "artículo 7, párrafo 4", "4"),
        art(8, "artículo 8, párrafo 5", "5"),
    )
    b.pp(
        "Recordando además su resolución 7/3, de 10 de noviembre de 2017, relativa al fortalecimiento de la "
        "asistencia técnica para la prevención de la corrupción,",
        res("CoSP", "7/3", "resolución 7/3, de 10 de noviembre de 2017", "2017-11-10"),
    )
    b.pp(
        "Tomando nota con aprecio del informe de la Secretaría sobre la aplicación de la resolución 7/1[^1] "
        "y "
        "de la información proporcionada por los Estados partes en respuesta a la nota verbal de la "
        "Secretaría,",
        res("CoSP", "7/1", "resolución 7/1"),
    )
    b.footnote("1", "CAC/COSP/2019/6.", sym("CAC/COSP/2019/6"))
    b.pp(
        "Observando con preocupación que la verificación de las declaraciones sigue siendo la principal "
        "dificultad señalada por los Estados partes y que muchos de los órganos encargados de ella carecen "
        "del "
        "personal, las facultades jurídicas y el acceso a otros registros que requiere,",
    )
    b.pp(
        "Acogiendo con beneplácito el examen de los conflictos de intereses por el Grupo de Trabajo "
        "Intergubernamental de Composición Abierta sobre Prevención de la Corrupción en su décima reunión, "
        "celebrada en Viena del 4 al 6 de septiembre de 2019[^2],",
    )
    b.footnote("2", "Véase CAC/COSP/WG.4/2019/4.", sym("CAC/COSP/WG.4/2019/4"))
    b.op(
        "1",
        "Reafirma el párrafo 1 de su resolución 7/1 e insta a los Estados partes que aún no lo hayan hecho a "
        "que establezcan sistemas de declaración de los bienes, los ingresos, el pasivo y los intereses de "
        "los funcionarios públicos, de conformidad con el artículo 8, párrafo 5, de la Convención;",
        act("Reafirma", "reaffirms"),
        res("CoSP", "7/1", "resolución 7/1"),
        art(8, "artículo 8, párrafo 5", "5"),
    )
    b.op(
        "2",
        "Alienta a los Estados partes a que, al diseñar sus sistemas de verificación, tengan en cuenta las "
        "medidas enunciadas en el párrafo 2 de la resolución 7/1, en particular la selección de las "
        "declaraciones en función del riesgo y el cotejo con los registros tributarios, catastrales y "
        "mercantiles, y a que comuniquen los resultados a la Secretaría, y solicita a la Secretaría que "
        "difunda esa información en el sitio web temático del Grupo de Trabajo y que informe al respecto al "
        "Grupo de Trabajo en su próxima reunión;",
        act(
            "Alienta",
            "encourages",
            "States parties",
            report_to=[report("Working Group", "next", "al Grupo de Trabajo en su próxima reunión")],
        ),
        res("CoSP", "7/1", "resolución 7/1"),
    )
    b.op(
        "3",
        "Solicita a la Secretaría que, con sujeción a la disponibilidad de recursos extrapresupuestarios, "
        "siga reuniendo, analizando y difundiendo información sobre las buenas prácticas en materia de "
        "sistemas de declaración de bienes, como se solicitó en el párrafo 4 de la resolución 7/1, y que "
        "elabore, en cooperación con el Banco Mundial y la Iniciativa para la Recuperación de Activos "
        "Robados, una guía práctica sobre la verificación de las declaraciones de bienes e intereses;",
        act("Solicita", "requests", "Secretariat", conditions=["extrabudgetary"]),
        res("CoSP", "7/1", "resolución 7/1"),
        org("World Bank", "Banco Mundial"),
        org("StAR", "Iniciativa para la Recuperación de Activos Robados"),
    )
    b.op(
        "4",
        "Solicita también a la Secretaría que, en lugar del informe temático solicitado en el párrafo 5 de "
        "la "
        "resolución 7/1, prepare, dentro de los límites de los recursos existentes, un estudio sobre la "
        "verificación de las declaraciones de bienes e intereses basado en los exámenes de los países del "
        "segundo ciclo del Mecanismo de Examen de la Aplicación, y que lo presente a la Conferencia en su "
        "noveno período de sesiones;",
        act(
            "Solicita también",
            "requests",
            "Secretariat",
            conditions=["existing_resources"],
            report_to=[report("Conference", "ninth", REPORT_TO_NINTH)],
        ),
        res("CoSP", "7/1", "resolución 7/1"),
    )
    b.op(
        "5",
        "Solicita a la Oficina de las Naciones Unidas contra la Droga y el Delito que, previa solicitud y "
        "con "
        "sujeción a la disponibilidad de recursos extrapresupuestarios, siga prestando asistencia técnica a "
        "los Estados partes para el establecimiento y el fortalecimiento de sistemas de declaración y "
        "verificación de bienes e intereses, incluida la presentación electrónica, e invita a los Estados "
        "partes y otros donantes a que apoyen esa labor;",
        act("Solicita", "requests", "UNODC", conditions=["upon_request", "extrabudgetary"]),
        org("UNODC", "Oficina de las Naciones Unidas contra la Droga y el Delito"),
    )
    b.op(
        "6",
        "Observa con aprecio el apoyo prestado por el Gobierno de Noruega y el Gobierno de los Emiratos "
        "Árabes Unidos a la labor de la Secretaría sobre las declaraciones de bienes;",
        act("Observa con aprecio", "notes"),
        country("NOR", "Noruega"),
        country("ARE", "Emiratos Árabes Unidos"),
    )
    b.op(
        "7",
        "Solicita a la Secretaría que informe a la Conferencia en su noveno período de sesiones sobre la "
        "aplicación de la presente resolución.",
        act(
            "Solicita", "requests", "Secretariat", report_to=[report("Conference", "ninth", REPORT_TO_NINTH)]
        ),
    )

    b.resolution("8/2")
    b.heading("Resolución 8/2", res("CoSP", "8/2", "Resolución 8/2"), level=3)
    b.heading(
        "El Grupo de Trabajo Intergubernamental de Composición Abierta sobre Prevención de la Corrupción",
        level=3,
    )
    b.text(CHAPEAU, style="chapeau")
    b.pp(
        "Recordando su resolución 3/2, de 13 de noviembre de 2009, por la que estableció un grupo de trabajo "
        "intergubernamental provisional de composición abierta para que la asesorara y le prestara "
        "asistencia "
        "en el cumplimiento de su mandato en materia de prevención de la corrupción,",
        res("CoSP", "3/2", "resolución 3/2, de 13 de noviembre de 2009", "2009-11-13"),
    )
    b.pp(
        "Recordando también su resolución 7/3, de 10 de noviembre de 2017, en la que decidió que el Grupo de "
        "Trabajo siguiera examinando las necesidades de asistencia técnica en sus reuniones,",
        res("CoSP", "7/3", "resolución 7/3, de 10 de noviembre de 2017", "2017-11-10"),
    )
    b.pp(
        "Recordando además su resolución 7/2, de 10 de noviembre de 2017, en la que solicitó a la Secretaría "
        "que pusiera a disposición del Grupo de Trabajo información sobre la aplicación del artículo 33 de "
        "la "
        "Convención,",
        res("CoSP", "7/2", "resolución 7/2, de 10 de noviembre de 2017", "2017-11-10"),
        art(33, "artículo 33"),
    )
    b.pp(
        "Tomando nota con aprecio de los informes sobre las reuniones del Grupo de Trabajo celebradas en "
        "Viena en 2018 y 2019[^3],",
    )
    b.footnote(
        "3",
        "CAC/COSP/WG.4/2018/4 y CAC/COSP/WG.4/2019/4.",
        sym("CAC/COSP/WG.4/2018/4"),
        sym("CAC/COSP/WG.4/2019/4"),
    )
    b.pp(
        "Observando que la información sobre la aplicación del artículo 33 de la Convención solicitada en su "
        "resolución 7/2 no pudo ponerse a disposición del Grupo de Trabajo en su reunión de 2018, ya que los "
        "exámenes de los países correspondientes aún no habían concluido,",
        art(33, "artículo 33"),
        res("CoSP", "7/2", "resolución 7/2"),
    )
    b.pp(
        "Consciente de la necesidad de asegurar que la labor del Grupo de Trabajo y la del Grupo de Examen "
        "de "
        "la Aplicación sean complementarias y no se superpongan,",
    )
    b.op(
        "1",
        "Decide que el Grupo de Trabajo prosiga su labor de asesorarla y prestarle asistencia en el "
        "cumplimiento de su mandato en materia de prevención de la corrupción, incluido el examen de las "
        "necesidades de asistencia técnica previsto en el párrafo 4 de la resolución 7/3, y celebre al menos "
        "dos reuniones entre períodos de sesiones antes del noveno período de sesiones de la Conferencia, "
        "dentro de los límites de los recursos existentes;",
        act("Decide", "decides", "Working Group", conditions=["existing_resources"]),
        res("CoSP", "7/3", "resolución 7/3"),
    )
    b.op(
        "2",
        "Decide también que el Grupo de Trabajo examine en sus reuniones de 2020 y 2021 los temas "
        "siguientes:",
        act("Decide también", "decides", "Working Group"),
        art(7, "artículo 7, párrafo 4", "4"),
        art(8, "artículo 8, párrafo 5", "5"),
        art(33, "artículo 33"),
        art(9, "artículo 9"),
        subs=[
            (
                "a",
                "Los conflictos de intereses y las declaraciones de bienes, de conformidad con el artículo "
                "7, "
                "párrafo 4, y el artículo 8, párrafo 5, de la Convención;",
            ),
            (
                "b",
                "La protección de los denunciantes, de conformidad con el artículo 33 de la Convención;",
            ),
            (
                "c",
                "La integridad en la contratación pública, de conformidad con el artículo 9 de la "
                "Convención;",
            ),
            ("d", "Las necesidades de asistencia técnica detectadas en los exámenes de los países;"),
        ],
    )
    b.op(
        "3",
        "Reitera la solicitud que dirigió a la Secretaría en el párrafo 5 de la resolución 7/2 de que "
        "recopilara la información sobre la aplicación del artículo 33 de la Convención derivada de los "
        "exámenes de los países del segundo ciclo del Mecanismo de Examen de la Aplicación, y solicita a la "
        "Secretaría que la ponga a disposición del Grupo de Trabajo en su próxima reunión;",
        act(
            "Reitera",
            "reiterates",
            report_to=[report("Working Group", "next", "del Grupo de Trabajo en su próxima reunión")],
        ),
        res("CoSP", "7/2", "resolución 7/2"),
        art(33, "artículo 33"),
    )
    b.op(
        "4",
        "Solicita a la Secretaría que, dentro de los límites de los recursos existentes, prepare para cada "
        "reunión del Grupo de Trabajo un documento de antecedentes en que se resuma la información "
        "proporcionada por los Estados partes sobre los temas mencionados en el párrafo 2 supra, y alienta a "
        "los Estados partes a que proporcionen esa información antes de las reuniones;",
        act("Solicita", "requests", "Secretariat", conditions=["existing_resources"]),
    )
    b.op(
        "5",
        "Solicita al Grupo de Trabajo que presente un informe sobre sus actividades a la Conferencia en su "
        "noveno período de sesiones;",
        act(
            "Solicita",
            "requests",
            "Working Group",
            report_to=[report("Conference", "ninth", REPORT_TO_NINTH)],
        ),
    )
    b.op(
        "6",
        "Solicita también a la Secretaría que, con sujeción a la disponibilidad de recursos "
        "extrapresupuestarios, actualice el sitio web temático del Grupo de Trabajo con la información "
        "proporcionada por los Estados partes y que la ofrezca en los seis idiomas oficiales de las Naciones "
        "Unidas;",
        act("Solicita también", "requests", "Secretariat", conditions=["extrabudgetary"]),
    )
    b.op(
        "7",
        "Solicita además a la Secretaría que, dentro de los límites de los recursos existentes, siga "
        "prestando asistencia al Grupo de Trabajo en el desempeño de sus funciones y que informe a la "
        "Conferencia en su noveno período de sesiones sobre la aplicación de la presente resolución.",
        act(
            "Solicita además",
            "requests",
            "Secretariat",
            conditions=["existing_resources"],
            report_to=[report("Conference", "ninth", "a la Conferencia en su noveno período de sesiones")],
        ),
    )
    return b.build(
        slug="cosp8-resolutions",
        language="es",
        kind="resolutions",
        title=(
            "Resoluciones aprobadas por la Conferencia de los Estados Partes en su octavo período de sesiones"
        ),
        date="2020-01-14",
        symbol="CAC/COSP/2019/17",
        job_number="V.20-00218 (S)",
        header="CAC/COSP/2019/17",
    )
