"""El documento de antecedentes de la Secretaría para el Grupo de trabajo sobre prevención (versión española).

Same symbol and numbering as the English version; Spanish lists States in Spanish alphabetical order."""

from ..builder import DocumentBuilder, art, chapter, countries, country, org, res, sym

STATES_BY_DEADLINE = (
    "DEU=Alemania; ARG=Argentina; ARM=Armenia; AUT=Austria; BLR=Belarús; BRA=Brasil; CHN=China; "
    "COL=Colombia; ECU=Ecuador; EGY=Egipto; RUS=Federación de Rusia; PHL=Filipinas; FRA=Francia; "
    "GEO=Georgia; IDN=Indonesia; JOR=Jordania; LVA=Letonia; LTU=Lituania; MAR=Marruecos; MUS=Mauricio; "
    "MEX=México; NGA=Nigeria; NOR=Noruega; PER=Perú; KOR=República de Corea; SRB=Serbia; ZAF=Sudáfrica; "
    "CHE=Suiza"
)


def build():
    """The Spanish version."""
    b = DocumentBuilder()
    b.text(
        "Conferencia de los Estados Partes\nen la Convención de las Naciones Unidas\ncontra la Corrupción",
        style="masthead",
    )
    b.text("Distr. general\n20 de junio de 2011\nEspañol\nOriginal: inglés", style="distribution")
    b.text(
        "Grupo de trabajo intergubernamental de composición abierta\nsobre prevención de la corrupción\n"
        "Viena, 22 a 24 de agosto de 2011\nTema 3 del programa provisional[^*]",
        style="meeting",
    )
    b.footnote("*", "CAC/COSP/WG.4/2011/1.", sym("CAC/COSP/WG.4/2011/1"))
    b.heading(
        "Buenas prácticas en los sistemas de declaración de bienes y la gestión de los conflictos de "
        "intereses (artículos 7, párrafo 4, y 8, párrafo 5, de la Convención)",
        art(7, "artículos 7, párrafo 4", "4"),
        art(8, "8, párrafo 5", "5"),
        level=1,
    )
    b.heading("Documento de antecedentes preparado por la Secretaría", level=2)

    b.heading("Introducción", number="I", level=1)
    b.numbered(
        "1",
        "En su resolución 3/2, de 13 de noviembre de 2009, titulada “Medidas preventivas”, la Conferencia de "
        "los Estados Partes en la Convención de las Naciones Unidas contra la Corrupción decidió establecer "
        "un grupo de trabajo intergubernamental provisional de composición abierta para que la asesorara y "
        "le prestara asistencia en el cumplimiento de su mandato relativo a la prevención de la corrupción.",
        res("CoSP", "3/2", "resolución 3/2, de 13 de noviembre de 2009", "2009-11-13"),
    )
    b.numbered(
        "2",
        "En su primera reunión, celebrada en Viena del 13 al 15 de diciembre de 2010, el Grupo de trabajo "
        "recomendó que la Secretaría preparara, para su segunda reunión, un documento de antecedentes sobre "
        "las buenas prácticas en los sistemas de declaración de bienes y la gestión de los conflictos de "
        "intereses, sobre la base de la información proporcionada por los Estados partes[^1].",
    )
    b.footnote(
        "1",
        "Véase el informe sobre la reunión del Grupo de trabajo celebrada en Viena del 13 al 15 de diciembre "
        "de 2010 (CAC/COSP/WG.4/2010/3), párr. 12.",
        sym("CAC/COSP/WG.4/2010/3"),
    )
    b.numbered(
        "3",
        "Mediante nota verbal de fecha 4 de febrero de 2011, la Secretaría invitó a los Estados partes y "
        "signatarios a que proporcionaran, a más tardar el 15 de abril de 2011, información sobre la "
        "aplicación del artículo 7, párrafo 4, y del artículo 8, párrafo 5, de la Convención, incluidas las "
        "buenas prácticas, las dificultades y las necesidades de asistencia técnica. El 29 de abril de 2011 "
        "se envió un recordatorio.",
        art(7, "artículo 7, párrafo 4", "4"),
        art(8, "artículo 8, párrafo 5", "5"),
    )
    b.numbered(
        "4",
        "Al 27 de mayo de 2011, un total de 28 Estados Miembros habían presentado esa información: Alemania, "
        "la Argentina, Armenia, Austria, Belarús, el Brasil, China, Colombia, el Ecuador, Egipto, la "
        "Federación de Rusia, Filipinas, Francia, Georgia, Indonesia, Jordania, Letonia, Lituania, "
        "Marruecos, Mauricio, México, Nigeria, Noruega, el Perú, la República de Corea, Serbia, Sudáfrica y "
        "Suiza[^2].",
        *countries(STATES_BY_DEADLINE),
    )
    b.footnote(
        "2",
        "La información de Tailandia, Túnez, Turquía y Viet Nam se recibió después de esa fecha y se ha "
        "tenido en cuenta en la medida de lo posible. La Secretaría también recibió información relativa a "
        "Kosovo, en el contexto de la resolución 1244 (1999) del Consejo de Seguridad.",
        *countries("THA=Tailandia; TUN=Túnez; TUR=Turquía; VNM=Viet Nam; XKX=Kosovo"),
        res("SC", "1244 (1999)", "resolución 1244 (1999) del Consejo de Seguridad"),
    )
    b.numbered(
        "5",
        "En el presente documento se resume la información recibida, sin atribuirla en todos los casos a "
        "Estados concretos, y se destacan las buenas prácticas y las dificultades comunes. Las respuestas "
        "completas pueden consultarse en la página web temática del Grupo de trabajo, en los casos en que "
        "los Estados han autorizado su publicación.",
    )

    b.heading("Panorama general de la información recibida", number="II", level=1)
    b.heading("Sistemas de declaración de bienes", number="A", level=2)
    b.numbered(
        "6",
        "La mayoría de los Estados que respondieron exigen a determinadas categorías de funcionarios "
        "públicos que declaren sus bienes e ingresos, de conformidad con el artículo 8, párrafo 5, de la "
        "Convención. El alcance de la obligación varía considerablemente: en algunos Estados, como la "
        "Argentina y Georgia, todos los funcionarios públicos por encima de cierta categoría están obligados "
        "a presentar declaraciones, mientras que en otros la obligación se limita a los cargos electos, los "
        "altos funcionarios, los jueces y los fiscales.",
        art(8, "artículo 8, párrafo 5", "5"),
        country("ARG", "Argentina"),
        country("GEO", "Georgia"),
    )
    b.numbered(
        "7",
        "Varios Estados describieron el contenido de las declaraciones, que suele abarcar los bienes "
        "inmuebles, los bienes muebles, las cuentas bancarias, los valores, las deudas y los ingresos de "
        "todas las fuentes y que en muchos casos se extiende a los bienes de los cónyuges y los hijos a "
        "cargo. Jordania informó de que su Ley núm. 54 de 2006 de Declaración Patrimonial exige "
        "declaraciones a los ministros, los miembros del Parlamento y los altos funcionarios, que se "
        "presentan ante un departamento especial del Ministerio de Justicia.",
        country("JOR", "Jordania"),
    )
    b.numbered(
        "8",
        "La frecuencia de las declaraciones también difiere. La mayoría de los Estados exigen declaraciones "
        "al asumir y al dejar el cargo, y anualmente o a intervalos regulares entre ambos momentos. La "
        "Federación de Rusia informó de que, con arreglo a la Ley Federal de Lucha contra la Corrupción, de "
        "25 de diciembre de 2008, los funcionarios presentan declaraciones anuales de ingresos, bienes y "
        "obligaciones patrimoniales y de que, en virtud del artículo 8 de esa Ley, la información se publica "
        "en los sitios web oficiales de los órganos del Estado.",
        country("RUS", "Federación de Rusia"),
    )
    b.numbered(
        "9",
        "Un número creciente de Estados, entre ellos Colombia, Letonia y la República de Corea, informó de "
        "la presentación electrónica de las declaraciones como medio para facilitar tanto su presentación "
        "como su verificación. México describió su sistema DeclaraNet, mediante el cual los servidores "
        "públicos federales presentan en línea sus declaraciones patrimoniales ante la Secretaría de la "
        "Función Pública.",
        *countries("COL=Colombia; LVA=Letonia; KOR=República de Corea; MEX=México"),
    )
    b.numbered(
        "10",
        "La verificación sigue siendo la principal dificultad. Solo una minoría de Estados informó de una "
        "verificación sistemática de las declaraciones, y varios señalaron que los órganos competentes "
        "carecen del personal, las facultades jurídicas o el acceso a otras bases de datos que requiere la "
        "verificación. Entre las buenas prácticas comunicadas figuran la selección de declaraciones para un "
        "examen a fondo en función del riesgo (Letonia, Lituania), los cotejos automáticos con los registros "
        "fiscales, de la propiedad y de vehículos (Georgia, República de Corea) y la verificación del nivel "
        "de vida de los funcionarios por dependencias especializadas (Filipinas).",
        *countries("LVA=Letonia; LTU=Lituania; GEO=Georgia; KOR=República de Corea; PHL=Filipinas"),
    )
    b.numbered(
        "11",
        "En cuanto a las sanciones, la mayoría de los Estados prevén sanciones administrativas o "
        "disciplinarias por no presentar la declaración o presentarla con retraso, y sanciones penales por "
        "las declaraciones falsas. Varios Estados señalaron el vínculo entre las declaraciones de bienes y "
        "el delito de enriquecimiento ilícito a que se refiere el artículo 20 de la Convención, y China "
        "informó de que desde 2010 los dirigentes están obligados a informar sobre asuntos personales, "
        "incluidos sus ingresos, bienes inmuebles e inversiones, así como sobre el empleo de sus cónyuges e "
        "hijos.",
        art(20, "artículo 20"),
        country("CHN", "China"),
    )
    b.heading("Códigos de conducta y conflictos de intereses", number="B", level=2)
    b.numbered(
        "12",
        "Todos los Estados que respondieron han aprobado códigos de conducta o normas de ética para los "
        "funcionarios públicos, como se prevé en el artículo 8, párrafos 2 y 3, de la Convención, muchos de "
        "ellos inspirados en el Código Internacional de Conducta para los Titulares de Cargos Públicos que "
        "figura en el anexo de la resolución 51/59 de la Asamblea General, de 12 de diciembre de 1996.",
        art(8, "artículo 8, párrafos 2 y 3", "2"),
        art(8, "artículo 8, párrafos 2 y 3", "3"),
        res(
            "GA", "51/59", "resolución 51/59 de la Asamblea General, de 12 de diciembre de 1996", "1996-12-12"
        ),
    )
    b.numbered(
        "13",
        "Varios Estados, entre ellos Alemania, Francia y Noruega, han aprobado normas sobre la declaración y "
        "la gestión de los conflictos de intereses que van más allá de la declaración de bienes, como los "
        "registros de intereses, las normas sobre la aceptación de regalos y atenciones y las restricciones "
        "a las actividades de los exfuncionarios (“períodos de incompatibilidad”).",
        *countries("DEU=Alemania; FRA=Francia; NOR=Noruega"),
    )
    b.numbered(
        "14",
        "Mauricio y Sudáfrica informaron de que sus órganos de lucha contra la corrupción asesoran de manera "
        "confidencial a los funcionarios públicos sobre los conflictos de intereses, mientras que Austria y "
        "Suiza describieron la capacitación en materia de ética que es obligatoria para los nuevos "
        "funcionarios.",
        *countries("MUS=Mauricio; ZAF=Sudáfrica; AUT=Austria; CHE=Suiza"),
    )
    b.numbered(
        "15",
        "Algunos Estados informaron sobre la labor de las organizaciones regionales e internacionales en "
        "esta esfera. Armenia, Georgia y Serbia citaron las recomendaciones del Grupo de Estados contra la "
        "Corrupción (GRECO) y los exámenes entre homólogos realizados por la Organización de Cooperación y "
        "Desarrollo Económicos (OCDE) y su Red Anticorrupción para Europa Oriental y Asia Central como "
        "factores que habían contribuido a la reforma legislativa.",
        *countries("ARM=Armenia; GEO=Georgia; SRB=Serbia"),
        org("GRECO", "Grupo de Estados contra la Corrupción (GRECO)"),
        org("OECD", "Organización de Cooperación y Desarrollo Económicos (OCDE)"),
        org("ACN", "Red Anticorrupción para Europa Oriental y Asia Central"),
    )
    b.numbered(
        "16",
        "El Perú y el Ecuador describieron la función de sus entidades fiscalizadoras superiores en la "
        "gestión de los conflictos de intereses, y el Brasil se refirió a su Código de Conducta de la Alta "
        "Administración Federal y a la labor de la Comisión de Ética Pública.",
        *countries("PER=Perú; ECU=Ecuador; BRA=Brasil"),
    )
    b.heading("Necesidades de asistencia técnica", number="C", level=2)
    b.numbered(
        "17",
        "Varios Estados señalaron necesidades de asistencia técnica, en particular asesoramiento jurídico "
        "sobre la elaboración de leyes de declaración de bienes, fomento de la capacidad de los órganos de "
        "verificación y programas informáticos para la presentación y el análisis electrónicos. Nigeria, "
        "Marruecos e Indonesia expresaron interés en intercambiar experiencias con Estados que han "
        "establecido sistemas de verificación electrónica.",
        *countries("NGA=Nigeria; MAR=Marruecos; IDN=Indonesia"),
    )
    b.numbered(
        "18",
        "La Secretaría, en cooperación con el Banco Mundial en el marco de la Iniciativa para la "
        "Recuperación de Activos Robados (StAR), ha prestado asistencia a varios Estados que la habían "
        "solicitado, y el Programa de las Naciones Unidas para el Desarrollo (PNUD) apoya las reformas de "
        "los sistemas de declaración de bienes en varios países[^3].",
        org("World Bank", "Banco Mundial"),
        org("StAR", "Iniciativa para la Recuperación de Activos Robados (StAR)"),
        org("UNDP", "Programa de las Naciones Unidas para el Desarrollo (PNUD)"),
    )
    b.footnote(
        "3",
        "Véase también Banco Mundial, Income and Asset Declarations: Tools and Trade-offs (Washington, D.C., "
        "2009).",
        org("World Bank", "Banco Mundial"),
    )

    b.heading("Conclusiones y recomendaciones", number="III", level=1)
    b.numbered(
        "19",
        "La información recibida muestra que los sistemas de declaración de bienes se han convertido en un "
        "instrumento habitual de prevención de la corrupción entre los Estados partes y que los Estados "
        "conceden una importancia creciente a la gestión de los conflictos de intereses. Al mismo tiempo, la "
        "eficacia de esos sistemas depende de la verificación, las sanciones y la confianza pública, esferas "
        "en las que la mayoría de los Estados comunicaron dificultades.",
    )
    b.numbered(
        "20",
        "El Grupo de trabajo tal vez desee examinar las siguientes recomendaciones para la adopción de "
        "medidas por los Estados partes:",
        art(8, "artículo 8, párrafo 5", "5"),
        subs=[
            (
                "a",
                "Los Estados partes deberían considerar la posibilidad de establecer o reforzar sistemas de "
                "declaración de bienes e intereses que abarquen a los funcionarios que ocupan cargos "
                "expuestos a riesgos de corrupción, de conformidad con el artículo 8, párrafo 5, de la "
                "Convención;",
            ),
            (
                "b",
                "Los Estados partes deberían velar por que los órganos encargados de recibir y verificar las "
                "declaraciones tengan el mandato, los recursos y el acceso a la información necesarios para "
                "llevar a cabo una verificación eficaz;",
            ),
            (
                "c",
                "Los Estados partes deberían considerar la posibilidad de utilizar la presentación "
                "electrónica y la verificación basada en el riesgo, así como la publicación de las "
                "declaraciones de los altos funcionarios, teniendo debidamente en cuenta la protección de "
                "los "
                "datos personales;",
            ),
            (
                "d",
                "Los Estados partes deberían compartir su experiencia con la Secretaría, incluidas "
                "estadísticas sobre las declaraciones presentadas, verificadas y sancionadas.",
            ),
        ],
    )
    b.numbered(
        "21",
        "El Grupo de trabajo tal vez desee también solicitar a la Secretaría que, con sujeción a la "
        "disponibilidad de recursos extrapresupuestarios, siga reuniendo y difundiendo buenas prácticas en "
        "materia de sistemas de declaración de bienes y conflictos de intereses y que le informe al respecto "
        "en su próxima reunión.",
    )
    b.numbered(
        "22",
        "En su primera reunión, el Grupo de trabajo recomendó que la Conferencia considerara la posibilidad "
        "de aprobar una resolución sobre las declaraciones de bienes y los conflictos de intereses en su "
        "cuarto período de sesiones, que se celebraría en Marrakech (Marruecos) en octubre de 2011.",
        country("MAR", "Marruecos"),
    )
    b.numbered(
        "23",
        "El Grupo de trabajo tal vez desee además recomendar que la Conferencia invite a los Estados partes "
        "y "
        "otros donantes a aportar recursos extrapresupuestarios para la asistencia técnica en esta esfera, "
        "de conformidad con el artículo 62 de la Convención, y que examine los vínculos entre las "
        "declaraciones de bienes, la prevención del blanqueo de dinero con arreglo al artículo 14 y la "
        "recuperación de activos con arreglo al capítulo V de la Convención.",
        art(62, "artículo 62"),
        art(14, "artículo 14"),
        chapter("V", "capítulo V"),
    )
    return b.build(
        slug="wg4-2011-asset-declarations",
        language="es",
        kind="report",
        title=(
            "Buenas prácticas en los sistemas de declaración de bienes y la gestión de los "
            "conflictos de intereses"
        ),
        date="2011-06-20",
        symbol="CAC/COSP/WG.4/2011/3",
        job_number="V.11-83779 (S)",
        header="CAC/COSP/WG.4/2011/3",
    )
