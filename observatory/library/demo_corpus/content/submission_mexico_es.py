"""A State's answer to the note verbale, in Spanish: numbered paragraphs under roman-numbered headings.

"artículo 108 de la Constitución" is an article of national law, not of the Convention."""

from ..builder import DocumentBuilder, art, chapter, countries, country, org


def build():
    """The Spanish submission."""
    b = DocumentBuilder()
    b.text(
        "Estados Unidos Mexicanos\nSecretaría de la Función Pública",
        country("MEX", "Estados Unidos Mexicanos"),
        style="letterhead",
    )
    b.heading(
        "Respuesta de México a la nota verbal de la Secretaría relativa a los sistemas de declaración "
        "patrimonial y los conflictos de intereses (artículos 7, párrafo 4, y 8, párrafo 5, de la "
        "Convención)",
        country("MEX", "México"),
        art(7, "artículos 7, párrafo 4", "4"),
        art(8, "8, párrafo 5", "5"),
        level=1,
    )
    b.heading("Marco jurídico", number="I", level=2)
    b.numbered(
        "1",
        "La obligación de los servidores públicos de presentar declaraciones de situación patrimonial se "
        "encuentra establecida en el artículo 108 de la Constitución Política de los Estados Unidos "
        "Mexicanos y en la Ley Federal de Responsabilidades Administrativas de los Servidores Públicos, "
        "publicada en 2002[^1].",
    )
    b.footnote("1", "Diario Oficial de la Federación, 13 de marzo de 2002.")
    b.numbered(
        "2",
        "De conformidad con el artículo 8, párrafo 5, de la Convención, están obligados a presentar "
        "declaración los servidores públicos federales desde el nivel de jefe de departamento u homólogo "
        "hasta el de Presidente de la República, así como quienes manejan recursos públicos, realizan "
        "funciones de inspección o participan en procedimientos de contratación.",
        art(8, "artículo 8, párrafo 5", "5"),
    )
    b.numbered(
        "3",
        "Las declaraciones se presentan en tres momentos: dentro de los sesenta días naturales siguientes a "
        "la toma de posesión del cargo, durante el mes de mayo de cada año y dentro de los treinta días "
        "naturales siguientes a la conclusión del cargo.",
    )
    b.heading("Presentación electrónica y verificación", number="II", level=2)
    b.numbered(
        "4",
        "Desde 2001, la Secretaría de la Función Pública opera el sistema DeclaraNet, que permite presentar "
        "las declaraciones por vía electrónica con firma electrónica avanzada. En 2010, la gran mayoría de "
        "las declaraciones se presentó por medios electrónicos.",
    )
    b.numbered(
        "5",
        "La Secretaría lleva a cabo la verificación de la evolución patrimonial de los servidores públicos "
        "y, "
        "cuando no se justifica el incremento de su patrimonio, da vista al Ministerio Público, en "
        "consonancia con el artículo 20 de la Convención, relativo al enriquecimiento ilícito.",
        art(20, "artículo 20"),
    )
    b.heading("Conflictos de intereses y códigos de conducta", number="III", level=2)
    b.numbered(
        "6",
        "El Código de Ética de los Servidores Públicos de la Administración Pública Federal, publicado en "
        "2002, y los códigos de conducta de cada dependencia establecen las reglas aplicables a la "
        "aceptación de regalos y a la prevención de conflictos de intereses, en aplicación del artículo 8, "
        "párrafos 2 y 3, y del artículo 7, párrafo 4, de la Convención.",
        art(8, "artículo 8, párrafos 2 y 3", "2"),
        art(8, "artículo 8, párrafos 2 y 3", "3"),
        art(7, "artículo 7, párrafo 4", "4"),
    )
    b.numbered(
        "7",
        "La Ley Federal de Responsabilidades Administrativas de los Servidores Públicos prohíbe a los "
        "servidores públicos intervenir en asuntos en los que tengan interés personal, familiar o de "
        "negocios, y establece restricciones durante el año siguiente a la conclusión del cargo.",
    )
    b.heading("Cooperación internacional y asistencia técnica", number="IV", level=2)
    b.numbered(
        "8",
        "México participa en el Mecanismo de Seguimiento de la Implementación de la Convención "
        "Interamericana "
        "contra la Corrupción (MESICIC) de la Organización de los Estados Americanos (OEA) y en el Grupo de "
        "Trabajo sobre Soborno de la Organización para la Cooperación y el Desarrollo Económicos (OCDE).",
        country("MEX", "México"),
        org(
            "MESICIC",
            "Mecanismo de Seguimiento de la Implementación de la Convención Interamericana contra la "
            "Corrupción (MESICIC)",
        ),
        org("OAS", "Organización de los Estados Americanos (OEA)"),
        org("OECD", "Organización para la Cooperación y el Desarrollo Económicos (OCDE)"),
    )
    b.numbered(
        "9",
        "La Secretaría de la Función Pública ha compartido la experiencia del sistema DeclaraNet con "
        "autoridades de Guatemala, Colombia y el Perú, con el apoyo del Programa de las Naciones Unidas para "
        "el Desarrollo.",
        *countries("GTM=Guatemala; COL=Colombia; PER=Perú"),
        org("UNDP", "Programa de las Naciones Unidas para el Desarrollo"),
    )
    b.numbered(
        "10",
        "México estaría interesado en recibir asistencia técnica, en el marco del capítulo VI de la "
        "Convención, para el desarrollo de herramientas de análisis de riesgos aplicadas a la verificación "
        "patrimonial, e invita a la Oficina de las Naciones Unidas contra la Droga y el Delito a difundir "
        "las "
        "buenas prácticas en esta materia.",
        country("MEX", "México"),
        chapter("VI", "capítulo VI"),
        org("UNODC", "Oficina de las Naciones Unidas contra la Droga y el Delito"),
    )
    return b.build(
        slug="submission-2011-mexico",
        language="es",
        kind="submission",
        title=(
            "Respuesta de México sobre los sistemas de declaración patrimonial y los conflictos de intereses"
        ),
        date="2011-04-15",
        state="MEX",
        original_language="es",
    )
