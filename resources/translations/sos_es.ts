<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name></name>
    <message>
        <source>  survey version renumbered: {change}</source>
        <translation>  versión de encuesta renumerada: {change}</translation>
    </message>
    <message>
        <source>  {table:&lt;20} new {new:&gt;6}  already here {unchanged:&gt;6}  conflicts {conflicts}</source>
        <translation>  {table:&lt;20} nuevos {new:&gt;6}  ya estaban {unchanged:&gt;6}  conflictos {conflicts}</translation>
    </message>
    <message numerus="yes">
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n columna</numerusform>
            <numerusform>%n columnas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n página</numerusform>
            <numerusform>%n páginas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problema</numerusform>
            <numerusform>%n problemas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n fila</numerusform>
            <numerusform>%n filas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unresolved conflict(s)</source>
        <translation>
            <numerusform>%n conflicto sin resolver</numerusform>
            <numerusform>%n conflictos sin resolver</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n visits today, choose one with --visit ID: {visits}</source>
        <translation>
            <numerusform>%n visita hoy, elige una con --visit ID: {visits}</numerusform>
            <numerusform>%n visitas hoy, elige una con --visit ID: {visits}</numerusform>
        </translation>
    </message>
    <message>
        <source>--camera reads the camera; to read scans or photos, leave out --camera</source>
        <translation>--camera lee la cámara; para leer escaneos o fotos, quita --camera</translation>
    </message>
    <message>
        <source>--dry-run and --json are for scans and photos, not the camera</source>
        <translation>--dry-run y --json son para escaneos y fotos, no para la cámara</translation>
    </message>
    <message>
        <source>CRM shape: {profiles}</source>
        <translation>formato del CRM: {profiles}</translation>
    </message>
    <message>
        <source>Keep the passphrase and this recovery key apart from the laptop. If both are lost, the contact details on this laptop are gone for good: nobody, not even the app&apos;s makers, can open them.</source>
        <translation>Guarda la frase de contraseña y esta clave de recuperación lejos de la computadora. Si se pierden las dos, los datos de contacto de esta computadora se pierden para siempre: nadie, ni siquiera quienes hicieron la app, puede abrirlos.</translation>
    </message>
    <message>
        <source>New passphrase (10 characters or more): </source>
        <translation>Nueva frase de contraseña (10 caracteres o más): </translation>
    </message>
    <message>
        <source>Organization key created for {organization}.</source>
        <translation>Clave de la organización creada para {organization}.</translation>
    </message>
    <message>
        <source>Organizer passphrase: </source>
        <translation>Frase de contraseña del organizador/a: </translation>
    </message>
    <message>
        <source>PDF or Markdown deck (default: built-in)</source>
        <translation>presentación PDF o Markdown (por defecto: la incluida)</translation>
    </message>
    <message>
        <source>PDF reports</source>
        <translation>informes en PDF</translation>
    </message>
    <message>
        <source>PDF scans (any page size, order, way up) or PNG/JPEG photos</source>
        <translation>escaneos en PDF (cualquier tamaño, orden u orientación de página) o fotos PNG/JPEG</translation>
    </message>
    <message>
        <source>PDFs cannot be read here (no PDF renderer)</source>
        <translation>aquí no se pueden leer PDF (no hay lector de PDF)</translation>
    </message>
    <message>
        <source>RECOVERY KEY (print it or write it down now; it is shown only this once):</source>
        <translation>CLAVE DE RECUPERACIÓN (imprímela o anótala ahora; solo se muestra esta vez):</translation>
    </message>
    <message>
        <source>Recovery key: </source>
        <translation>Clave de recuperación: </translation>
    </message>
    <message>
        <source>Run a Students Over SROs classroom visit.</source>
        <translation>Realiza una visita a un salón de clases de Students Over SROs.</translation>
    </message>
    <message>
        <source>The deck {path} cannot be shown: it is a folder, not a file</source>
        <translation>No se puede mostrar la presentación {path}: es una carpeta, no un archivo</translation>
    </message>
    <message>
        <source>The deck {path} cannot be shown: the file does not exist</source>
        <translation>No se puede mostrar la presentación {path}: el archivo no existe</translation>
    </message>
    <message>
        <source>The same passphrase again: </source>
        <translation>La misma frase de contraseña otra vez: </translation>
    </message>
    <message>
        <source>UTF-8 BOM, for Excel</source>
        <translation>BOM UTF-8, para Excel</translation>
    </message>
    <message>
        <source>a .pdf or .md deck</source>
        <translation>una presentación .pdf o .md</translation>
    </message>
    <message>
        <source>a .sosbundle file</source>
        <translation>un archivo .sosbundle</translation>
    </message>
    <message>
        <source>a YAML or XLSForm file</source>
        <translation>un archivo YAML o XLSForm</translation>
    </message>
    <message>
        <source>a backup file</source>
        <translation>un archivo de copia de seguridad</translation>
    </message>
    <message>
        <source>a note kept with the mark</source>
        <translation>una nota que se guarda con la marca</translation>
    </message>
    <message>
        <source>a sign-in sheet with the import&apos;s columns</source>
        <translation>una hoja de registro con las columnas de la importación</translation>
    </message>
    <message>
        <source>a typed-up sign-in sheet (CSV)</source>
        <translation>una hoja de registro transcrita (CSV)</translation>
    </message>
    <message>
        <source>a visit&apos;s live, anonymous results</source>
        <translation>los resultados anónimos en vivo de una visita</translation>
    </message>
    <message>
        <source>add contact data (private)</source>
        <translation>agrega los datos de contacto (privados)</translation>
    </message>
    <message>
        <source>add written answers</source>
        <translation>agrega las respuestas escritas</translation>
    </message>
    <message>
        <source>all visits in a period</source>
        <translation>todas las visitas de un período</translation>
    </message>
    <message>
        <source>already read (skipped): {n}</source>
        <translation>ya leídas (omitidas): {n}</translation>
    </message>
    <message>
        <source>already stored: {key} version {version} ({id})</source>
        <translation>ya estaba guardada: {key} versión {version} ({id})</translation>
    </message>
    <message>
        <source>also write where every bubble is (JSON)</source>
        <translation>escribe también dónde está cada burbuja (JSON)</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>opción ambigua: %(option)s puede ser %(matches)s</translation>
    </message>
    <message>
        <source>another program is using the database: close other SOS Desktop windows and try again</source>
        <translation>otro programa está usando la base de datos: cierra las demás ventanas de SOS Desktop y vuelve a intentarlo</translation>
    </message>
    <message>
        <source>answer sheets the scanner and camera read back (--typed: the form to type up by hand)</source>
        <translation>hojas de respuestas que el escáner y la cámara leen (--typed: el formulario para transcribir a mano)</translation>
    </message>
    <message>
        <source>answer sheets, each with its own id</source>
        <translation>hojas de respuestas, cada una con su propio id</translation>
    </message>
    <message>
        <source>answering on paper needs a survey; choose one</source>
        <translation>responder en papel necesita una encuesta; elige una</translation>
    </message>
    <message>
        <source>answers dropped by skip rules: {n}</source>
        <translation>respuestas descartadas por reglas de salto: {n}</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argumento %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>as JSON, for scripts</source>
        <translation>como JSON, para scripts</translation>
    </message>
    <message>
        <source>backup written to {path}</source>
        <translation>copia de seguridad escrita en {path}</translation>
    </message>
    <message>
        <source>blank sheets (nothing stored): {n}</source>
        <translation>hojas en blanco (no se guardó nada): {n}</translation>
    </message>
    <message>
        <source>bundle {bundle} was already imported; nothing changed</source>
        <translation>el paquete {bundle} ya estaba importado; no cambió nada</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>no se puede abrir &apos;%(filename)s&apos;: %(error)s</translation>
    </message>
    <message>
        <source>cannot read {path}: {detail}</source>
        <translation>no se puede leer {path}: {detail}</translation>
    </message>
    <message>
        <source>cannot write {path}: folder {folder} does not exist</source>
        <translation>no se puede escribir {path}: la carpeta {folder} no existe</translation>
    </message>
    <message>
        <source>cannot write {path}: folder {folder} does not exist (was the drive removed?)</source>
        <translation>no se puede escribir {path}: la carpeta {folder} no existe (¿se desconectó la unidad?)</translation>
    </message>
    <message>
        <source>cannot write {path}: it is a folder</source>
        <translation>no se puede escribir {path}: es una carpeta</translation>
    </message>
    <message>
        <source>cannot write {path}: no permission to write in {folder}</source>
        <translation>no se puede escribir {path}: no hay permiso para escribir en {folder}</translation>
    </message>
    <message>
        <source>cannot write {path}: the disk is full</source>
        <translation>no se puede escribir {path}: el disco está lleno</translation>
    </message>
    <message numerus="yes">
        <source>check by hand: {name} appears %n times with different contacts</source>
        <translation>
            <numerusform>revisa a mano: {name} aparece %n vez con contactos distintos</numerusform>
            <numerusform>revisa a mano: {name} aparece %n veces con contactos distintos</numerusform>
        </translation>
    </message>
    <message>
        <source>choice labels instead of codes</source>
        <translation>etiquetas de las opciones en lugar de códigos</translation>
    </message>
    <message>
        <source>class or club</source>
        <translation>clase o club</translation>
    </message>
    <message>
        <source>closed</source>
        <comment>visit</comment>
        <translation>cerrada</translation>
    </message>
    <message>
        <source>codebook: {path}</source>
        <translation>libro de códigos: {path}</translation>
    </message>
    <message>
        <source>conflicting records were kept both ways; see `sos-desktop bundle conflicts`</source>
        <translation>se guardaron ambas versiones de los registros en conflicto; consulta `sos-desktop bundle conflicts`</translation>
    </message>
    <message>
        <source>consistent copy of the database</source>
        <translation>copia coherente de la base de datos</translation>
    </message>
    <message>
        <source>could not create the data folder for {path}</source>
        <translation>no se pudo crear la carpeta de datos para {path}</translation>
    </message>
    <message>
        <source>could not open {path}</source>
        <translation>no se pudo abrir {path}</translation>
    </message>
    <message>
        <source>could not read {path}</source>
        <translation>no se pudo leer {path}</translation>
    </message>
    <message>
        <source>could not restore {path}</source>
        <translation>no se pudo restaurar {path}</translation>
    </message>
    <message>
        <source>could not run `{command}` on {path}</source>
        <translation>no se pudo ejecutar `{command}` en {path}</translation>
    </message>
    <message>
        <source>could not save to {path}: {detail}</source>
        <translation>no se pudo guardar en {path}: {detail}</translation>
    </message>
    <message>
        <source>could not set up {path}</source>
        <translation>no se pudo preparar {path}</translation>
    </message>
    <message>
        <source>could not use {path}</source>
        <translation>no se pudo usar {path}</translation>
    </message>
    <message>
        <source>could not write the backup {path}</source>
        <translation>no se pudo escribir la copia de seguridad {path}</translation>
    </message>
    <message>
        <source>could not write {path}</source>
        <translation>no se pudo escribir {path}</translation>
    </message>
    <message>
        <source>create a visit; prints its id</source>
        <translation>crea una visita; imprime su id</translation>
    </message>
    <message>
        <source>create and list visits</source>
        <translation>crea y lista visitas</translation>
    </message>
    <message>
        <source>data folder (default: the user data folder)</source>
        <translation>carpeta de datos (por defecto: la carpeta de datos del usuario)</translation>
    </message>
    <message>
        <source>database {path} is damaged or not a database ({detail}); restore a backup or move the file away</source>
        <translation>la base de datos {path} está dañada o no es una base de datos ({detail}); restaura una copia de seguridad o mueve el archivo a otro lugar</translation>
    </message>
    <message>
        <source>database: {path}</source>
        <translation>base de datos: {path}</translation>
    </message>
    <message>
        <source>deck {path} does not exist</source>
        <translation>la presentación {path} no existe</translation>
    </message>
    <message>
        <source>details are in {log}</source>
        <translation>los detalles están en {log}</translation>
    </message>
    <message>
        <source>device:   {device}</source>
        <translation>dispositivo:   {device}</translation>
    </message>
    <message>
        <source>every sign-up, exported before or not</source>
        <translation>todas las inscripciones, exportadas antes o no</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>necesita al menos un valor</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>admite como máximo un valor</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>falta un valor</translation>
    </message>
    <message>
        <source>export data as CSV</source>
        <translation>exporta datos como CSV</translation>
    </message>
    <message>
        <source>export {receipt} marked as imported into the CRM</source>
        <translation>exportación {receipt} marcada como importada al CRM</translation>
    </message>
    <message>
        <source>export {receipt} was already marked as imported</source>
        <translation>la exportación {receipt} ya estaba marcada como importada</translation>
    </message>
    <message>
        <source>export_receipts</source>
        <comment>database table</comment>
        <translation>recibos de exportación</translation>
    </message>
    <message>
        <source>give the PDF scans or photos to read (sos-desktop scan FILE... --visit ID)</source>
        <translation>indica los escaneos PDF o fotos que se leen (sos-desktop scan FILE... --visit ID)</translation>
    </message>
    <message>
        <source>give the visit the sheets were filled at: --visit ID (sos-desktop visit list)</source>
        <translation>indica la visita en la que se llenaron las hojas: --visit ID (sos-desktop visit list)</translation>
    </message>
    <message>
        <source>how the class answers the survey (paper: the kiosk only signs up)</source>
        <translation>cómo responde la clase la encuesta (paper: el quiosco solo inscribe)</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>se ignoró el argumento explícito %r</translation>
    </message>
    <message>
        <source>import a file whose content was imported before</source>
        <translation>importa un archivo cuyo contenido ya se importó antes</translation>
    </message>
    <message>
        <source>import the good rows, write the others to a rejects file</source>
        <translation>importa las filas buenas y escribe las demás en un archivo de rechazadas</translation>
    </message>
    <message>
        <source>import typed-up paper sheets</source>
        <translation>importa hojas de papel transcritas</translation>
    </message>
    <message numerus="yes">
        <source>imported %n paper response(s) to {survey}</source>
        <translation>
            <numerusform>se importó %n respuesta en papel a {survey}</numerusform>
            <numerusform>se importaron %n respuestas en papel a {survey}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>imported %n sign-up(s)</source>
        <translation>
            <numerusform>se importó %n inscripción</numerusform>
            <numerusform>se importaron %n inscripciones</numerusform>
        </translation>
    </message>
    <message>
        <source>in CRM since {time}</source>
        <translation>en el CRM desde {time}</translation>
    </message>
    <message>
        <source>integrity check, schema version, counts</source>
        <translation>revisión de integridad, versión del esquema, conteos</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>valor %(type)s no válido: %(value)r</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>opción no válida: %(value)r (elige entre %(choices)s)</translation>
    </message>
    <message>
        <source>is longer than {limit} characters</source>
        <translation>tiene más de {limit} caracteres</translation>
    </message>
    <message>
        <source>is not a survey key</source>
        <translation>no es una clave de encuesta</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>es obligatorio</translation>
    </message>
    <message>
        <source>join the organization of an export-public file</source>
        <translation>únete a la organización de un archivo de export-public</translation>
    </message>
    <message>
        <source>language of the labels</source>
        <translation>idioma de las etiquetas</translation>
    </message>
    <message>
        <source>language of the projected results</source>
        <translation>idioma de los resultados proyectados</translation>
    </message>
    <message>
        <source>language of the report</source>
        <translation>idioma del informe</translation>
    </message>
    <message>
        <source>language of the sheets</source>
        <translation>idioma de las hojas</translation>
    </message>
    <message>
        <source>layout: {path}</source>
        <translation>posiciones: {path}</translation>
    </message>
    <message numerus="yes">
        <source>left out %n people without a consented email ({profile} needs one)</source>
        <translation>
            <numerusform>se omitió %n persona sin correo electrónico con consentimiento ({profile} necesita uno)</numerusform>
            <numerusform>se omitieron %n personas sin correo electrónico con consentimiento ({profile} necesita uno)</numerusform>
        </translation>
    </message>
    <message>
        <source>left out 1 person without a consented email ({profile} needs one)</source>
        <translation>se omitió 1 persona sin correo electrónico con consentimiento ({profile} necesita uno)</translation>
    </message>
    <message>
        <source>line {line}, column {column}: {reason}</source>
        <translation>línea {line}, columna {column}: {reason}</translation>
    </message>
    <message>
        <source>list visits with their counts</source>
        <translation>lista las visitas con sus conteos</translation>
    </message>
    <message>
        <source>merge another laptop&apos;s bundle</source>
        <translation>fusiona el paquete de otra computadora</translation>
    </message>
    <message>
        <source>merge laptops without a server</source>
        <translation>fusiona computadoras sin servidor</translation>
    </message>
    <message>
        <source>merge sign-ups of one person (default: on for CRM profiles)</source>
        <translation>fusiona las inscripciones de una misma persona (por defecto: sí en los perfiles de CRM)</translation>
    </message>
    <message numerus="yes">
        <source>merged %n repeat sign-up(s) of the same person</source>
        <translation>
            <numerusform>se fusionó %n inscripción repetida de la misma persona</numerusform>
            <numerusform>se fusionaron %n inscripciones repetidas de la misma persona</numerusform>
        </translation>
    </message>
    <message>
        <source>merged bundle {bundle} from device {device}:</source>
        <translation>paquete {bundle} del dispositivo {device} fusionado:</translation>
    </message>
    <message>
        <source>must be a date like 2026-10-14</source>
        <translation>debe ser una fecha como 2026-10-14</translation>
    </message>
    <message>
        <source>must be {low} to {high} minutes</source>
        <translation>debe ser de {low} a {high} minutos</translation>
    </message>
    <message>
        <source>new passphrase ({variable} or prompt)</source>
        <translation>nueva frase de contraseña ({variable} o se pregunta)</translation>
    </message>
    <message>
        <source>new passphrase set with the recovery key</source>
        <translation>nueva frase de contraseña definida con la clave de recuperación</translation>
    </message>
    <message>
        <source>no device id in settings</source>
        <translation>no hay id de dispositivo en la configuración</translation>
    </message>
    <message>
        <source>no export receipt with id {id} (see `sos-desktop export history`)</source>
        <translation>no hay ningún recibo de exportación con id {id} (consulta `sos-desktop export history`)</translation>
    </message>
    <message>
        <source>no good backup was found in {folder}</source>
        <translation>no se encontró ninguna copia de seguridad buena en {folder}</translation>
    </message>
    <message>
        <source>no open visit with a survey on {date}: choose one with --visit ID (sos-desktop visit list)</source>
        <translation>no hay ninguna visita abierta con encuesta el {date}: elige una con --visit ID (sos-desktop visit list)</translation>
    </message>
    <message>
        <source>no organization key yet: `sos-desktop keys init` (or `keys join FILE`)</source>
        <translation>todavía no hay clave de la organización: `sos-desktop keys init` (o `keys join FILE`)</translation>
    </message>
    <message>
        <source>no organization key yet: run `sos-desktop keys init` first</source>
        <translation>todavía no hay clave de la organización: ejecuta primero `sos-desktop keys init`</translation>
    </message>
    <message>
        <source>no sign-up export yet: nothing to mark as imported</source>
        <translation>todavía no hay ninguna exportación de inscripciones: no hay nada que marcar como importado</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>no existe el archivo</translation>
    </message>
    <message>
        <source>no survey with key {key}; see `sos-desktop survey list`</source>
        <translation>no hay ninguna encuesta con clave {key}; consulta `sos-desktop survey list`</translation>
    </message>
    <message>
        <source>no visit with id {id}</source>
        <translation>no hay ninguna visita con id {id}</translation>
    </message>
    <message>
        <source>not a PNG or JPEG image</source>
        <translation>no es una imagen PNG ni JPEG</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>no se permite junto con el argumento %s</translation>
    </message>
    <message>
        <source>not marked imported</source>
        <translation>sin marcar como importada</translation>
    </message>
    <message>
        <source>ok</source>
        <comment>check</comment>
        <translation>bien</translation>
    </message>
    <message numerus="yes">
        <source>ok: {key} version {version}, %n question(s), languages {languages}</source>
        <translation>
            <numerusform>bien: {key} versión {version}, %n pregunta, idiomas {languages}</numerusform>
            <numerusform>bien: {key} versión {version}, %n preguntas, idiomas {languages}</numerusform>
        </translation>
    </message>
    <message>
        <source>one JSON record per input page</source>
        <translation>un registro JSON por página leída</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>se necesita uno de los argumentos %s</translation>
    </message>
    <message>
        <source>one visit: counts and a chart per question</source>
        <translation>una visita: conteos y una gráfica por pregunta</translation>
    </message>
    <message>
        <source>only responses and sign-ups no earlier bundle carried</source>
        <translation>solo respuestas e inscripciones que ningún paquete anterior llevó</translation>
    </message>
    <message>
        <source>only this visit</source>
        <translation>solo esta visita</translation>
    </message>
    <message>
        <source>only what no earlier export of this profile carried (default)</source>
        <translation>solo lo que ninguna exportación anterior de este perfil llevó (por defecto)</translation>
    </message>
    <message>
        <source>open</source>
        <comment>visit</comment>
        <translation>abierta</translation>
    </message>
    <message>
        <source>options</source>
        <translation>opciones</translation>
    </message>
    <message>
        <source>organization name (shown to team laptops)</source>
        <translation>nombre de la organización (lo ven las computadoras del equipo)</translation>
    </message>
    <message>
        <source>organization {organization} ({id}); organizer laptop: contacts open with the passphrase</source>
        <translation>organización {organization} ({id}); computadora del organizador/a: los contactos se abren con la frase de contraseña</translation>
    </message>
    <message>
        <source>organization {organization} ({id}); team laptop: seals contacts, cannot open them</source>
        <translation>organización {organization} ({id}); computadora del equipo: cifra los contactos, no puede abrirlos</translation>
    </message>
    <message>
        <source>pages looked at: {n}</source>
        <translation>páginas revisadas: {n}</translation>
    </message>
    <message>
        <source>pages looked at: {n} (dry run: nothing stored)</source>
        <translation>páginas revisadas: {n} (prueba: no se guardó nada)</translation>
    </message>
    <message>
        <source>pages that are no sheet of ours: {n}</source>
        <translation>páginas que no son hojas nuestras: {n}</translation>
    </message>
    <message>
        <source>pages waiting for their other side: {n}</source>
        <translation>páginas esperando su otro lado: {n}</translation>
    </message>
    <message>
        <source>paper fallback forms (PDF)</source>
        <translation>formularios en papel de respaldo (PDF)</translation>
    </message>
    <message>
        <source>passphrase changed; the recovery key stays the same</source>
        <translation>frase de contraseña cambiada; la clave de recuperación sigue siendo la misma</translation>
    </message>
    <message>
        <source>planned length (default {minutes}, or the visit&apos;s)</source>
        <translation>duración prevista (por defecto {minutes}, o la de la visita)</translation>
    </message>
    <message>
        <source>planned length of the visit</source>
        <translation>duración prevista de la visita</translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>argumentos posicionales</translation>
    </message>
    <message>
        <source>present a PDF or Markdown deck (default: the built-in SOS talk)</source>
        <translation>presenta una presentación PDF o Markdown (por defecto: la charla de SOS incluida)</translation>
    </message>
    <message>
        <source>print the visit&apos;s school, class and date at the foot</source>
        <translation>imprime la escuela, la clase y la fecha de la visita al pie</translation>
    </message>
    <message>
        <source>put a backup back (the current state is backed up first)</source>
        <translation>restaura una copia de seguridad (antes se hace una copia del estado actual)</translation>
    </message>
    <message>
        <source>read and report, store nothing</source>
        <translation>lee e informa, sin guardar nada</translation>
    </message>
    <message>
        <source>read answer sheets from scans (PDF), photos or the camera</source>
        <translation>lee hojas de respuestas de escaneos (PDF), fotos o la cámara</translation>
    </message>
    <message>
        <source>read sheets held up to the camera, in the Scan window (without --visit: today&apos;s open visit answering on paper)</source>
        <translation>lee las hojas que se muestran a la cámara, en la ventana de escaneo (sin --visit: la visita abierta de hoy que responde en papel)</translation>
    </message>
    <message>
        <source>receipt id or its first characters (default: the last export)</source>
        <translation>id del recibo o sus primeros caracteres (por defecto: la última exportación)</translation>
    </message>
    <message>
        <source>receipt {receipt}; after loading it into the CRM run `sos-desktop export mark-imported {receipt}`</source>
        <translation>recibo {receipt}; después de cargarlo en el CRM ejecuta `sos-desktop export mark-imported {receipt}`</translation>
    </message>
    <message>
        <source>record that an export reached the CRM</source>
        <translation>registra que una exportación llegó al CRM</translation>
    </message>
    <message>
        <source>records that came in different from ours</source>
        <translation>registros que llegaron distintos de los nuestros</translation>
    </message>
    <message>
        <source>recovery key ({variable} or prompt), new passphrase</source>
        <translation>clave de recuperación ({variable} o se pregunta), nueva frase de contraseña</translation>
    </message>
    <message numerus="yes">
        <source>rejected %n row(s), written to {path}</source>
        <translation>
            <numerusform>%n fila rechazada, escrita en {path}</numerusform>
            <numerusform>%n filas rechazadas, escritas en {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>report every problem in a survey file</source>
        <translation>informa cada problema de un archivo de encuesta</translation>
    </message>
    <message>
        <source>reports and bundles too</source>
        <translation>también informes y paquetes</translation>
    </message>
    <message>
        <source>responses stored: {n}</source>
        <translation>respuestas guardadas: {n}</translation>
    </message>
    <message>
        <source>restored {path}</source>
        <translation>restaurada {path}</translation>
    </message>
    <message>
        <source>rows on the sheet</source>
        <translation>filas de la hoja</translation>
    </message>
    <message>
        <source>run the visit: its deck, kiosk and live results</source>
        <translation>realiza la visita: su presentación, quiosco y resultados en vivo</translation>
    </message>
    <message>
        <source>schema is {found}, expected {expected}</source>
        <translation>el esquema es {found}, se esperaba {expected}</translation>
    </message>
    <message>
        <source>schema:   {revision}</source>
        <translation>esquema:       {revision}</translation>
    </message>
    <message>
        <source>set the passphrase and print the recovery key</source>
        <translation>define la frase de contraseña e imprime la clave de recuperación</translation>
    </message>
    <message>
        <source>sheets of another survey or an unknown version: {n}</source>
        <translation>hojas de otra encuesta o de una versión desconocida: {n}</translation>
    </message>
    <message>
        <source>sheets read: {n}</source>
        <translation>hojas leídas: {n}</translation>
    </message>
    <message>
        <source>sheets whose code could not be read (scan again or type up): {n}</source>
        <translation>hojas cuyo código no se pudo leer (escanéalas otra vez o transcríbelas): {n}</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>muestra la versión del programa y sale</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>muestra esta ayuda y sale</translation>
    </message>
    <message>
        <source>sign-up exports and whether they reached the CRM</source>
        <translation>exportaciones de inscripciones y si llegaron al CRM</translation>
    </message>
    <message>
        <source>sign-ups for the CRM</source>
        <translation>inscripciones para el CRM</translation>
    </message>
    <message>
        <source>signups</source>
        <comment>database table</comment>
        <translation>inscripciones</translation>
    </message>
    <message numerus="yes">
        <source>sos-desktop: %n file(s) could not be read (named above) to the end; nothing past the problem was stored</source>
        <translation>
            <numerusform>sos-desktop: %n archivo no se pudo leer hasta el final (arriba se indica cuál); no se guardó nada después del problema</numerusform>
            <numerusform>sos-desktop: %n archivos no se pudieron leer hasta el final (arriba se indica cuáles); no se guardó nada después del problema</numerusform>
        </translation>
    </message>
    <message>
        <source>sos-desktop: interrupted; nothing was changed</source>
        <translation>sos-desktop: interrumpido; no se cambió nada</translation>
    </message>
    <message numerus="yes">
        <source>sos-desktop: sealing %n sign-up(s) stored in plain text by an older version</source>
        <translation>
            <numerusform>sos-desktop: cifrando %n inscripción guardada sin cifrar por una versión anterior</numerusform>
            <numerusform>sos-desktop: cifrando %n inscripciones guardadas sin cifrar por una versión anterior</numerusform>
        </translation>
    </message>
    <message>
        <source>sos-desktop: the data folder is on a full disk; reading the database read-only</source>
        <translation>sos-desktop: la carpeta de datos está en un disco lleno; se lee la base de datos en modo de solo lectura</translation>
    </message>
    <message>
        <source>sos-desktop: the data folder is read-only; reading the database read-only</source>
        <translation>sos-desktop: la carpeta de datos es de solo lectura; se lee la base de datos en modo de solo lectura</translation>
    </message>
    <message numerus="yes">
        <source>sos-desktop: {file}: %n problem(s)</source>
        <translation>
            <numerusform>sos-desktop: {file}: %n problema</numerusform>
            <numerusform>sos-desktop: {file}: %n problemas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>sos-desktop: {file}: %n problem(s), nothing imported</source>
        <translation>
            <numerusform>sos-desktop: {file}: %n problema, no se importó nada</numerusform>
            <numerusform>sos-desktop: {file}: %n problemas, no se importó nada</numerusform>
        </translation>
    </message>
    <message>
        <source>sos-desktop: {file}: {error} (skipped)</source>
        <translation>sos-desktop: {file}: {error} (omitida)</translation>
    </message>
    <message>
        <source>sos-desktop: {message} (see --help)</source>
        <translation>sos-desktop: {message} (consulta --help)</translation>
    </message>
    <message>
        <source>store a survey file as a new version</source>
        <translation>guarda un archivo de encuesta como una versión nueva</translation>
    </message>
    <message>
        <source>stored: {key} version {version} ({id})</source>
        <translation>guardada: {key} versión {version} ({id})</translation>
    </message>
    <message>
        <source>survey answers as CSV, with a codebook beside it</source>
        <translation>respuestas de encuestas como CSV, con su libro de códigos al lado</translation>
    </message>
    <message>
        <source>survey definitions (YAML or XLSForm)</source>
        <translation>definiciones de encuestas (YAML o XLSForm)</translation>
    </message>
    <message>
        <source>survey key</source>
        <translation>clave de la encuesta</translation>
    </message>
    <message>
        <source>survey key (default: the visit&apos;s survey)</source>
        <translation>clave de la encuesta (por defecto: la encuesta de la visita)</translation>
    </message>
    <message>
        <source>survey key, or &apos;none&apos; (default: the one for the school, as in the visit window: Hillhouse and Wilbur Cross their own, others Settings&apos; default survey or nhps-other)</source>
        <translation>clave de la encuesta, o &apos;none&apos; (por defecto: la de la escuela, como en la ventana de la visita: Hillhouse y Wilbur Cross la suya, las demás la encuesta por defecto de Configuración o nhps-other)</translation>
    </message>
    <message>
        <source>survey_answers</source>
        <comment>database table</comment>
        <translation>respuestas a preguntas</translation>
    </message>
    <message>
        <source>survey_definitions</source>
        <comment>database table</comment>
        <translation>definiciones de encuesta</translation>
    </message>
    <message>
        <source>survey_responses</source>
        <comment>database table</comment>
        <translation>respuestas a encuestas</translation>
    </message>
    <message>
        <source>surveys this laptop knows (built-in and imported)</source>
        <translation>encuestas que conoce esta computadora (incluidas e importadas)</translation>
    </message>
    <message>
        <source>that is not a recovery key (it has 13 groups of 4 letters and digits, like ABCD-EFGH-…)</source>
        <translation>eso no es una clave de recuperación (tiene 13 grupos de 4 letras y números, como ABCD-EFGH-…)</translation>
    </message>
    <message>
        <source>that recovery key does not open this laptop&apos;s key</source>
        <translation>esa clave de recuperación no abre la clave de esta computadora</translation>
    </message>
    <message>
        <source>the CSV file to write</source>
        <translation>el archivo CSV que se escribe</translation>
    </message>
    <message>
        <source>the JPEG is truncated (copy it again)</source>
        <translation>el JPEG está cortado (cópialo otra vez)</translation>
    </message>
    <message>
        <source>the PDF file to write</source>
        <translation>el archivo PDF que se escribe</translation>
    </message>
    <message>
        <source>the backups, newest first</source>
        <translation>las copias de seguridad, de la más nueva a la más vieja</translation>
    </message>
    <message>
        <source>the bundle file to write</source>
        <translation>el archivo de paquete que se escribe</translation>
    </message>
    <message>
        <source>the copy to write</source>
        <translation>la copia que se escribe</translation>
    </message>
    <message>
        <source>the data folder {folder} is a file, not a folder: give --data-dir a folder (it is created if missing)</source>
        <translation>la carpeta de datos {folder} es un archivo, no una carpeta: indica una carpeta en --data-dir (se crea si no existe)</translation>
    </message>
    <message>
        <source>the database is damaged: restore a backup (`sos-desktop restore FILE`, see `sos-desktop restore --list`)</source>
        <translation>la base de datos está dañada: restaura una copia de seguridad (`sos-desktop restore FILE`, consulta `sos-desktop restore --list`)</translation>
    </message>
    <message>
        <source>the disk is full: free some space (empty the trash, remove large files) and try again</source>
        <translation>el disco está lleno: libera espacio (vacía la papelera, borra archivos grandes) y vuelve a intentarlo</translation>
    </message>
    <message>
        <source>the educator&apos;s email</source>
        <translation>el correo electrónico del educador/a</translation>
    </message>
    <message>
        <source>the educator&apos;s name</source>
        <translation>el nombre del educador/a</translation>
    </message>
    <message>
        <source>the file a team laptop joins with</source>
        <translation>el archivo con el que se une una computadora del equipo</translation>
    </message>
    <message>
        <source>the file export-public wrote</source>
        <translation>el archivo que escribió export-public</translation>
    </message>
    <message>
        <source>the file is too large to be scans of sheets</source>
        <translation>el archivo es demasiado grande para ser escaneos de hojas</translation>
    </message>
    <message>
        <source>the file to write</source>
        <translation>el archivo que se escribe</translation>
    </message>
    <message>
        <source>the folder is read-only (a locked drive, a read-only mount or no permission): use a writable data folder (--data-dir) or copy the data out with `sos-desktop backup --out FILE`</source>
        <translation>la carpeta es de solo lectura (una unidad bloqueada, montada en solo lectura o sin permiso): usa una carpeta de datos donde se pueda escribir (--data-dir) o copia los datos con `sos-desktop backup --out FILE`</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>faltan estos argumentos obligatorios: %s</translation>
    </message>
    <message>
        <source>the image has no size (damaged header)</source>
        <translation>la imagen no tiene tamaño (encabezado dañado)</translation>
    </message>
    <message>
        <source>the image is damaged or truncated</source>
        <translation>la imagen está dañada o cortada</translation>
    </message>
    <message>
        <source>the locked survey kiosk for a visit</source>
        <translation>el quiosco de encuestas bloqueado de una visita</translation>
    </message>
    <message>
        <source>the log folder could not be written either</source>
        <translation>tampoco se pudo escribir en la carpeta del registro</translation>
    </message>
    <message>
        <source>the newest good backup is from {time}: sos-desktop restore {path}</source>
        <translation>la copia de seguridad buena más reciente es del {time}: sos-desktop restore {path}</translation>
    </message>
    <message>
        <source>the organization key that seals contact data</source>
        <translation>la clave de la organización que cifra los datos de contacto</translation>
    </message>
    <message>
        <source>the passphrase needs at least {count} characters (a few words are easy to remember and hard to guess)</source>
        <translation>la frase de contraseña necesita al menos {count} caracteres (unas cuantas palabras son fáciles de recordar y difíciles de adivinar)</translation>
    </message>
    <message>
        <source>the previous state was kept as {path}</source>
        <translation>el estado anterior se guardó como {path}</translation>
    </message>
    <message>
        <source>the school&apos;s name</source>
        <translation>el nombre de la escuela</translation>
    </message>
    <message>
        <source>the sheet (CSV)</source>
        <translation>la hoja (CSV)</translation>
    </message>
    <message>
        <source>the surveys (CSV)</source>
        <translation>las encuestas (CSV)</translation>
    </message>
    <message>
        <source>the two passphrases differ; nothing was changed</source>
        <translation>las dos frases de contraseña no coinciden; no se cambió nada</translation>
    </message>
    <message>
        <source>the typed-up fallback form (codes in grey, for import responses)</source>
        <translation>el formulario de respaldo para transcribir (códigos en gris, para import responses)</translation>
    </message>
    <message>
        <source>the visit the sheet was filled at</source>
        <translation>la visita en la que se llenó la hoja</translation>
    </message>
    <message>
        <source>the visit the sheets were filled at</source>
        <translation>la visita en la que se llenaron las hojas</translation>
    </message>
    <message>
        <source>the visit the surveys were filled at</source>
        <translation>la visita en la que se llenaron las encuestas</translation>
    </message>
    <message>
        <source>the visit&apos;s id</source>
        <translation>el id de la visita</translation>
    </message>
    <message>
        <source>the visit&apos;s id (sos-desktop visit list)</source>
        <translation>el id de la visita (sos-desktop visit list)</translation>
    </message>
    <message>
        <source>there is no backup file {path}</source>
        <translation>no existe la copia de seguridad {path}</translation>
    </message>
    <message>
        <source>there is no database at {path}</source>
        <translation>no hay ninguna base de datos en {path}</translation>
    </message>
    <message>
        <source>this laptop already has the key of {organization}; use `keys change-passphrase` or `keys recover`</source>
        <translation>esta computadora ya tiene la clave de {organization}; usa `keys change-passphrase` o `keys recover`</translation>
    </message>
    <message>
        <source>this laptop joined {organization} with its public key only: contacts can be sealed here but opened only on the organizer&apos;s laptop</source>
        <translation>esta computadora se unió a {organization} solo con su clave pública: aquí se pueden cifrar los contactos, pero solo se abren en la computadora del organizador/a</translation>
    </message>
    <message>
        <source>this laptop now seals sign-ups for {organization} and exchanges bundles with its laptops; only the organizer&apos;s laptop can open them</source>
        <translation>esta computadora ahora cifra las inscripciones para {organization} e intercambia paquetes con sus computadoras; solo la computadora del organizador/a puede abrirlas</translation>
    </message>
    <message>
        <source>this laptop&apos;s records as one .sosbundle file</source>
        <translation>los registros de esta computadora en un archivo .sosbundle</translation>
    </message>
    <message>
        <source>this needs a new passphrase: set {variable} or run the command on a terminal</source>
        <translation>esto necesita una nueva frase de contraseña: define {variable} o ejecuta el comando en una terminal</translation>
    </message>
    <message>
        <source>this needs the organizer&apos;s passphrase: set {variable} or run the command on a terminal</source>
        <translation>esto necesita la frase de contraseña del organizador/a: define {variable} o ejecuta el comando en una terminal</translation>
    </message>
    <message>
        <source>this needs the recovery key: set {variable} or run the command on a terminal</source>
        <translation>esto necesita la clave de recuperación: define {variable} o ejecuta el comando en una terminal</translation>
    </message>
    <message>
        <source>this visit is closed; reopen it to take more answers</source>
        <translation>esta visita está cerrada; vuelve a abrirla para recibir más respuestas</translation>
    </message>
    <message>
        <source>typed-up paper surveys (CSV)</source>
        <translation>encuestas en papel transcritas (CSV)</translation>
    </message>
    <message>
        <source>unknown survey {key}; known: {keys}</source>
        <translation>encuesta desconocida {key}; conocidas: {keys}</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>argumentos desconocidos: %s</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>uso: </translation>
    </message>
    <message>
        <source>visit {id} has no survey; give --survey KEY</source>
        <translation>la visita {id} no tiene encuesta; indica --survey KEY</translation>
    </message>
    <message>
        <source>visits</source>
        <comment>database table</comment>
        <translation>visitas</translation>
    </message>
    <message>
        <source>waiting for review: {n}</source>
        <translation>esperando revisión: {n}</translation>
    </message>
    <message>
        <source>which organization, and whether contacts open here</source>
        <translation>qué organización, y si los contactos se abren aquí</translation>
    </message>
    <message>
        <source>who presents (names)</source>
        <translation>quién presenta (nombres)</translation>
    </message>
    <message>
        <source>wrong passphrase</source>
        <translation>frase de contraseña incorrecta</translation>
    </message>
    <message numerus="yes">
        <source>wrote %n answer sheet(s), {pages} (2 a sheet: print both sides) to {path} (sha256 {sha256})</source>
        <translation>
            <numerusform>%n hoja de respuestas, {pages} (2 por hoja: imprime por ambos lados), escrita en {path} (sha256 {sha256})</numerusform>
            <numerusform>%n hojas de respuestas, {pages} (2 por hoja: imprime por ambos lados), escritas en {path} (sha256 {sha256})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>wrote %n answer sheet(s), {pages} ({per_sheet} a sheet: print one side) to {path} (sha256 {sha256})</source>
        <translation>
            <numerusform>%n hoja de respuestas, {pages} ({per_sheet} por hoja: imprime por un solo lado), escrita en {path} (sha256 {sha256})</numerusform>
            <numerusform>%n hojas de respuestas, {pages} ({per_sheet} por hoja: imprime por un solo lado), escritas en {path} (sha256 {sha256})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>wrote %n response(s), {columns} to {path} (sha256 {sha256})</source>
        <translation>
            <numerusform>%n respuesta, {columns}, escrita en {path} (sha256 {sha256})</numerusform>
            <numerusform>%n respuestas, {columns}, escritas en {path} (sha256 {sha256})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>wrote %n sign-up(s) to {path} (sha256 {sha256}; {left_out} left out without consent)</source>
        <translation>
            <numerusform>%n inscripción escrita en {path} (sha256 {sha256}; {left_out} omitidas sin consentimiento)</numerusform>
            <numerusform>%n inscripciones escritas en {path} (sha256 {sha256}; {left_out} omitidas sin consentimiento)</numerusform>
        </translation>
    </message>
    <message>
        <source>wrote bundle {bundle} to {path} ({counts}; sha256 {sha256})</source>
        <translation>paquete {bundle} escrito en {path} ({counts}; sha256 {sha256})</translation>
    </message>
    <message numerus="yes">
        <source>wrote paper survey to {path} (%n page(s), sha256 {sha256})</source>
        <translation>
            <numerusform>encuesta en papel escrita en {path} (%n página, sha256 {sha256})</numerusform>
            <numerusform>encuesta en papel escrita en {path} (%n páginas, sha256 {sha256})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>wrote season report to {path} (%n page(s), sha256 {sha256})</source>
        <translation>
            <numerusform>informe de la temporada escrito en {path} (%n página, sha256 {sha256})</numerusform>
            <numerusform>informe de la temporada escrito en {path} (%n páginas, sha256 {sha256})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>wrote sign-in sheet to {path} (%n page(s), sha256 {sha256})</source>
        <translation>
            <numerusform>hoja de registro escrita en {path} (%n página, sha256 {sha256})</numerusform>
            <numerusform>hoja de registro escrita en {path} (%n páginas, sha256 {sha256})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>wrote visit report to {path} (%n page(s), sha256 {sha256})</source>
        <translation>
            <numerusform>informe de la visita escrito en {path} (%n página, sha256 {sha256})</numerusform>
            <numerusform>informe de la visita escrito en {path} (%n páginas, sha256 {sha256})</numerusform>
        </translation>
    </message>
    <message>
        <source>wrote {file}: public key and bundle key of {organization}. Carry it to the team laptop, run `sos-desktop keys join FILE` there, then delete the file (it lets its holder make bundles your laptops accept).</source>
        <translation>{file} escrito: clave pública y clave de paquetes de {organization}. Llévalo a la computadora del equipo, ejecuta allí `sos-desktop keys join FILE` y luego borra el archivo (quien lo tenga puede hacer paquetes que tus computadoras aceptan).</translation>
    </message>
    <message>
        <source>{failed}: {detail}. If this keeps happening, run `sos-desktop check` and send the log to whoever looks after the app ({where}; it holds no contact data)</source>
        <translation>{failed}: {detail}. Si vuelve a pasar, ejecuta `sos-desktop check` y envía el registro a quien se ocupa de la app ({where}; no contiene datos de contacto)</translation>
    </message>
    <message>
        <source>{file}: cannot read ({reason})</source>
        <translation>{file}: no se puede leer ({reason})</translation>
    </message>
    <message numerus="yes">
        <source>{file}: this file was already imported on {date} at {time} (%n paper response(s) into {visit}); importing it again would add them a second time</source>
        <translation>
            <numerusform>{file}: este archivo ya se importó el {date} a las {time} (%n respuesta en papel en {visit}); importarlo otra vez la agregaría por segunda vez</numerusform>
            <numerusform>{file}: este archivo ya se importó el {date} a las {time} (%n respuestas en papel en {visit}); importarlo otra vez las agregaría por segunda vez</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{file}: this file was already imported on {date} at {time} (%n sign-up(s) into {visit}); importing it again would add them a second time</source>
        <translation>
            <numerusform>{file}: este archivo ya se importó el {date} a las {time} (%n inscripción en {visit}); importarlo otra vez la agregaría por segunda vez</numerusform>
            <numerusform>{file}: este archivo ya se importó el {date} a las {time} (%n inscripciones en {visit}); importarlo otra vez las agregaría por segunda vez</numerusform>
        </translation>
    </message>
    <message>
        <source>{id}  {date}  {school} / {group}  [{state}]  responses={responses} signups={signups} not_exported={not_exported}</source>
        <translation>{id}  {date}  {school} / {group}  [{state}]  respuestas={responses} inscripciones={signups} sin_exportar={not_exported}</translation>
    </message>
    <message>
        <source>{option}: {reason}</source>
        <translation>{option}: {reason}</translation>
    </message>
    <message>
        <source>{option}: {reason} (got {value})</source>
        <translation>{option}: {reason} (se recibió {value})</translation>
    </message>
    <message>
        <source>{path} cannot be restored: it is damaged too ({verdict})</source>
        <translation>{path} no se puede restaurar: también está dañada ({verdict})</translation>
    </message>
    <message>
        <source>{path} cannot be restored: it is not an SOS Desktop database this version can read</source>
        <translation>{path} no se puede restaurar: no es una base de datos de SOS Desktop que esta versión pueda leer</translation>
    </message>
    <message>
        <source>{path} cannot be restored: {reason}</source>
        <translation>{path} no se puede restaurar: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>{path}: %n problem(s), nothing imported</source>
        <translation>
            <numerusform>{path}: %n problema, no se importó nada</numerusform>
            <numerusform>{path}: %n problemas, no se importó nada</numerusform>
        </translation>
    </message>
    <message>
        <source>{reason}; to import it anyway, add --again</source>
        <translation>{reason}; para importarlo de todos modos, agrega --again</translation>
    </message>
    <message>
        <source>{time}  {table:&lt;20} {record}  from bundle {bundle}</source>
        <translation>{time}  {table:&lt;20} {record}  del paquete {bundle}</translation>
    </message>
</context>
</TS>
