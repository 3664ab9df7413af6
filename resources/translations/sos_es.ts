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
    <message>
        <source> minutes</source>
        <translation> minutos</translation>
    </message>
    <message>
        <source> seconds</source>
        <translation> segundos</translation>
    </message>
    <message>
        <source>${{{key}}} is a note and has no answer</source>
        <translation>${{{key}}} es una nota y no tiene respuesta</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) dropped by skip rules</source>
        <translation>
            <numerusform>%n respuesta descartada por las reglas de salto</numerusform>
            <numerusform>%n respuestas descartadas por las reglas de salto</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) its own skip rules exclude were left out.</source>
        <translation>
            <numerusform>Se dejó fuera %n respuesta que sus propias reglas de salto excluyen.</numerusform>
            <numerusform>Se dejaron fuera %n respuestas que sus propias reglas de salto excluyen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n blank sheet(s) (nothing stored)</source>
        <translation>
            <numerusform>%n hoja en blanco (no se guardó nada)</numerusform>
            <numerusform>%n hojas en blanco (no se guardó nada)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) merged</source>
        <translation>
            <numerusform>%n paquete fusionado</numerusform>
            <numerusform>%n paquetes fusionados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) but the header has {header}</source>
        <translation>
            <numerusform>%n celda, pero el encabezado tiene {header}</numerusform>
            <numerusform>%n celdas, pero el encabezado tiene {header}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n columna</numerusform>
            <numerusform>%n columnas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) match no question or several (in red). Fix the file; nothing will be imported.</source>
        <translation>
            <numerusform>%n columna no corresponde a ninguna pregunta o corresponde a varias (en rojo). Corrige el archivo; no se importará nada.</numerusform>
            <numerusform>%n columnas no corresponden a ninguna pregunta o corresponden a varias (en rojo). Corrige el archivo; no se importará nada.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflicto</numerusform>
            <numerusform>%n conflictos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be read to the end; nothing past the problem was stored:</source>
        <translation>
            <numerusform>%n archivo no se pudo leer hasta el final; no se guardó nada de lo que venía después del problema:</numerusform>
            <numerusform>%n archivos no se pudieron leer hasta el final; no se guardó nada de lo que venía después del problema:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n laptop(s) registered</source>
        <translation>
            <numerusform>%n computadora registrada</numerusform>
            <numerusform>%n computadoras registradas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min ahead</source>
        <translation>
            <numerusform>%n min de adelanto</numerusform>
            <numerusform>%n min de adelanto</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min behind</source>
        <translation>
            <numerusform>%n min de retraso</numerusform>
            <numerusform>%n min de retraso</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not linked to any visit</source>
        <translation>
            <numerusform>%n sin visita asociada</numerusform>
            <numerusform>%n sin visita asociada</numerusform>
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
        <source>%n page(s) not from any sheet of ours</source>
        <translation>
            <numerusform>%n página que no es de ninguna hoja nuestra</numerusform>
            <numerusform>%n páginas que no son de ninguna hoja nuestra</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) not read because of an error (scan them again)</source>
        <translation>
            <numerusform>%n página no leída por un error (escanéala de nuevo)</numerusform>
            <numerusform>%n páginas no leídas por un error (escanéalas de nuevo)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) waiting for the other side of its sheet (scan it too)</source>
        <translation>
            <numerusform>%n página espera el otro lado de su hoja (escanéalo también)</numerusform>
            <numerusform>%n páginas esperan el otro lado de su hoja (escanéalo también)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paper response(s)</source>
        <translation>
            <numerusform>%n respuesta en papel</numerusform>
            <numerusform>%n respuestas en papel</numerusform>
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
        <source>%n record(s) of {table} could not be read in the damaged file; their version from the backup is kept</source>
        <translation>
            <numerusform>%n registro de {table} no se pudo leer en el archivo dañado; se conserva su versión de la copia de seguridad</numerusform>
            <numerusform>%n registros de {table} no se pudieron leer en el archivo dañado; se conserva su versión de la copia de seguridad</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) of {table}: {ids}</source>
        <translation>
            <numerusform>%n registro de {table}: {ids}</numerusform>
            <numerusform>%n registros de {table}: {ids}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n repeat sign-up(s) merged</source>
        <translation>
            <numerusform>%n inscripción repetida combinada</numerusform>
            <numerusform>%n inscripciones repetidas combinadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n response(s) stored</source>
        <translation>
            <numerusform>%n respuesta guardada</numerusform>
            <numerusform>%n respuestas guardadas</numerusform>
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
        <source>%n row(s) set aside in {path}.</source>
        <translation>
            <numerusform>%n fila apartada en {path}.</numerusform>
            <numerusform>%n filas apartadas en {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sheet(s) already read (skipped)</source>
        <translation>
            <numerusform>%n hoja ya leída (omitida)</numerusform>
            <numerusform>%n hojas ya leídas (omitidas)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sheet(s) of another survey or an unknown version</source>
        <translation>
            <numerusform>%n hoja de otra encuesta o de una versión desconocida</numerusform>
            <numerusform>%n hojas de otra encuesta o de una versión desconocida</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sheet(s) read</source>
        <translation>
            <numerusform>%n hoja leída</numerusform>
            <numerusform>%n hojas leídas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sheet(s) waiting for review</source>
        <translation>
            <numerusform>%n hoja pendiente de revisión</numerusform>
            <numerusform>%n hojas pendientes de revisión</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sheet(s) whose code could not be read (scan again or type up by hand)</source>
        <translation>
            <numerusform>%n hoja cuyo código no se pudo leer (escanéala otra vez o transcríbela a mano)</numerusform>
            <numerusform>%n hojas cuyo código no se pudo leer (escanéalas otra vez o transcríbelas a mano)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sign-up(s)</source>
        <translation>
            <numerusform>%n inscripción</numerusform>
            <numerusform>%n inscripciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sign-up(s) stored in all</source>
        <translation>
            <numerusform>%n inscripción guardada en total</numerusform>
            <numerusform>%n inscripciones guardadas en total</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unclear question(s). Put it on the review pile: Paper ▸ Review sheets (Ctrl+Shift+R).</source>
        <translation>
            <numerusform>%n pregunta dudosa. Ponla en el montón por revisar: Papel ▸ Revisar hojas (Ctrl+Shift+R).</numerusform>
            <numerusform>%n preguntas dudosas. Ponla en el montón por revisar: Papel ▸ Revisar hojas (Ctrl+Shift+R).</numerusform>
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
    <message numerus="yes">
        <source>%n with no consented channel, so no CRM export can carry it</source>
        <translation>
            <numerusform>%n sin un canal de contacto autorizado, así que ninguna exportación al CRM puede incluirla</numerusform>
            <numerusform>%n sin un canal de contacto autorizado, así que ninguna exportación al CRM puede incluirlas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with no consented channel, so no CRM export can carry them</source>
        <translation>
            <numerusform>%n sin un canal de contacto autorizado, así que ninguna exportación al CRM puede incluirla</numerusform>
            <numerusform>%n sin un canal de contacto autorizado, así que ninguna exportación al CRM puede incluirlas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without an email left out</source>
        <translation>
            <numerusform>%n sin correo electrónico quedó fuera</numerusform>
            <numerusform>%n sin correo electrónico quedaron fuera</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without consent left out</source>
        <translation>
            <numerusform>%n sin consentimiento quedó fuera</numerusform>
            <numerusform>%n sin consentimiento quedaron fuera</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Answers</source>
        <translation>&amp;Respuestas</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Hacer copia de seguridad ahora</translation>
    </message>
    <message>
        <source>&amp;Bundle for another laptop…</source>
        <translation>Pa&amp;quete para otra computadora…</translation>
    </message>
    <message>
        <source>&amp;Camera:</source>
        <translation>&amp;Cámara:</translation>
    </message>
    <message>
        <source>&amp;Class or club *</source>
        <translation>C&amp;lase o club *</translation>
    </message>
    <message>
        <source>&amp;Copies</source>
        <translation>&amp;Copias</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>&amp;Date *</source>
        <translation>&amp;Fecha *</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Educator</source>
        <translation>E&amp;ducador/a</translation>
    </message>
    <message>
        <source>&amp;Export a survey (XLSForm for KoboToolbox, or YAML)…</source>
        <translation>&amp;Exportar una encuesta (XLSForm para KoboToolbox, o YAML)…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Desde</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n response(s)</source>
        <translation>
            <numerusform>&amp;Importar %n respuesta</numerusform>
            <numerusform>&amp;Importar %n respuestas</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Keep its date</source>
        <translation>&amp;Dejar su fecha</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>&amp;Language of the labels</source>
        <translation>&amp;Idioma de las etiquetas</translation>
    </message>
    <message>
        <source>&amp;Length</source>
        <translation>D&amp;uración</translation>
    </message>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Buscar en:</translation>
    </message>
    <message>
        <source>&amp;Merge a bundle from another laptop…</source>
        <translation>&amp;Fusionar un paquete de otra computadora…</translation>
    </message>
    <message>
        <source>&amp;Move it to today</source>
        <translation>&amp;Moverla a hoy</translation>
    </message>
    <message>
        <source>&amp;New visit…</source>
        <translation>&amp;Nueva visita…</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>N&amp;otas</translation>
    </message>
    <message>
        <source>&amp;Online answers: KoboToolbox, ODK, Google Forms (CSV)…</source>
        <translation>Respuestas en &amp;línea: KoboToolbox, ODK, Google Forms (CSV)…</translation>
    </message>
    <message>
        <source>&amp;Other file…</source>
        <translation>&amp;Otro archivo…</translation>
    </message>
    <message>
        <source>&amp;Over video</source>
        <translation>&amp;Virtual</translation>
    </message>
    <message>
        <source>&amp;Paper sign-in sheet (PDF)…</source>
        <translation>Hoja de registro en &amp;papel (PDF)…</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>&amp;Presentar</translation>
    </message>
    <message>
        <source>&amp;Presenters</source>
        <translation>&amp;Presentadores</translation>
    </message>
    <message>
        <source>&amp;Print answer sheets…</source>
        <translation>&amp;Imprimir hojas de respuestas…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>&amp;Perfil</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Register a laptop…</source>
        <translation>&amp;Registrar una computadora…</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>&amp;Restaurar una copia de seguridad…</translation>
    </message>
    <message>
        <source>&amp;Results</source>
        <translation>Resul&amp;tados</translation>
    </message>
    <message>
        <source>&amp;Review sheets…</source>
        <translation>&amp;Revisar hojas…</translation>
    </message>
    <message>
        <source>&amp;SOS Desktop</source>
        <translation>&amp;SOS Desktop</translation>
    </message>
    <message>
        <source>&amp;Save this laptop&apos;s key card…</source>
        <translation>&amp;Guardar la tarjeta de clave de esta computadora…</translation>
    </message>
    <message>
        <source>&amp;Scan sheets with the camera…</source>
        <translation>&amp;Escanear hojas con la cámara…</translation>
    </message>
    <message>
        <source>&amp;School *</source>
        <translation>&amp;Escuela *</translation>
    </message>
    <message>
        <source>&amp;Season report (PDF)…</source>
        <translation>Informe de la &amp;temporada (PDF)…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <source>&amp;Survey</source>
        <translation>&amp;Encuesta</translation>
    </message>
    <message>
        <source>&amp;Survey:</source>
        <translation>&amp;Encuesta:</translation>
    </message>
    <message>
        <source>&amp;Team laptops that send bundles…</source>
        <translation>C&amp;omputadoras del equipo que envían paquetes…</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Hasta</translation>
    </message>
    <message>
        <source>&amp;Type up writing boxes…</source>
        <translation>&amp;Transcribir recuadros de escritura…</translation>
    </message>
    <message>
        <source>&amp;Visit</source>
        <translation>&amp;Visita</translation>
    </message>
    <message>
        <source>&amp;Visit report (PDF)…</source>
        <translation>Informe de la &amp;visita (PDF)…</translation>
    </message>
    <message>
        <source>&amp;XLSForm (.xlsx) for KoboToolbox, ODK or SurveyCTO</source>
        <translation>&amp;XLSForm (.xlsx) para KoboToolbox, ODK o SurveyCTO</translation>
    </message>
    <message>
        <source>&amp;YAML (.yaml), this app&apos;s own format</source>
        <translation>&amp;YAML (.yaml), el formato propio de esta app</translation>
    </message>
    <message>
        <source>(both versions kept; see {menu_item}).</source>
        <translation>(se guardaron ambas versiones; consulta {menu_item}).</translation>
    </message>
    <message>
        <source>(free-text answers shown)</source>
        <translation>(respuestas escritas visibles)</translation>
    </message>
    <message>
        <source>(image {name} could not be read)</source>
        <translation>(no se pudo leer la imagen {name})</translation>
    </message>
    <message>
        <source>(no notes for this slide)</source>
        <translation>(esta diapositiva no tiene notas)</translation>
    </message>
    <message>
        <source>(no picture of this box)</source>
        <translation>(no hay imagen de este recuadro)</translation>
    </message>
    <message>
        <source>(no picture of this question)</source>
        <translation>(no hay imagen de esta pregunta)</translation>
    </message>
    <message>
        <source>, last {time}</source>
        <translation>, el último {time}</translation>
    </message>
    <message>
        <source>--camera reads the camera or a recording (a video file or a folder of frames); to read scans or photos, leave out --camera</source>
        <translation>--camera lee la cámara o una grabación (un archivo de video o una carpeta de imágenes); para leer escaneos o fotos, quita --camera</translation>
    </message>
    <message>
        <source>--copies must be between 1 and {most}</source>
        <translation>--copies debe estar entre 1 y {most}</translation>
    </message>
    <message>
        <source>--dry-run and --json are for scans, photos and recordings, not the live camera</source>
        <translation>--dry-run y --json son para escaneos, fotos y grabaciones, no para la cámara en vivo</translation>
    </message>
    <message>
        <source>--from {start} is after --to {end}</source>
        <translation>--from {start} es posterior a --to {end}</translation>
    </message>
    <message>
        <source>--rows must be between 1 and {most}</source>
        <translation>--rows debe estar entre 1 y {most}</translation>
    </message>
    <message>
        <source>A number key or ↑ ↓ picks, 0 leaves it blank, Enter confirms.</source>
        <translation>Una tecla numérica o ↑ ↓ elige, 0 la deja en blanco, Enter confirma.</translation>
    </message>
    <message>
        <source>A sheet of survey {key}, but this visit uses {expected}.</source>
        <translation>Una hoja de la encuesta {key}, pero esta visita usa {expected}.</translation>
    </message>
    <message>
        <source>A visit is one class or club: the school, the date, the educator, the presenters and the survey the class takes. You can present it, open the kiosk and see the results from the list.</source>
        <translation>Una visita es una clase o un club: la escuela, la fecha, el/la educador/a, quienes presentan y la encuesta que responde la clase. Desde la lista puedes presentarla, abrir el quiosco y ver los resultados.</translation>
    </message>
    <message>
        <source>A visit was closed</source>
        <translation>Se cerró una visita</translation>
    </message>
    <message>
        <source>A word by itself is easy to guess.</source>
        <translation>Una palabra sola es fácil de adivinar.</translation>
    </message>
    <message>
        <source>AUDIENCE: BLACK SCREEN</source>
        <translation>PROYECTOR EN NEGRO</translation>
    </message>
    <message>
        <source>AUDIENCE: WHITE SCREEN</source>
        <translation>PROYECTOR EN BLANCO</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceptada</translation>
    </message>
    <message>
        <source>Action Network: first_name, last_name, email, zip_code, phone + custom columns. One row per person.</source>
        <translation>Action Network: first_name, last_name, email, zip_code, phone + columnas personalizadas. Una fila por persona.</translation>
    </message>
    <message>
        <source>Add another word or two. Uncommon words are better.</source>
        <translation>Agrega una o dos palabras más. Las palabras poco comunes son mejores.</translation>
    </message>
    <message>
        <source>After loading it into the CRM, choose {menu_item}</source>
        <translation>Después de cargarlo en el CRM, elige {menu_item}</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>Otra vez</translation>
    </message>
    <message>
        <source>All files ({pattern})</source>
        <translation>Todos los archivos ({pattern})</translation>
    </message>
    <message>
        <source>All sign-ups again</source>
        <translation>Todas las inscripciones otra vez</translation>
    </message>
    <message>
        <source>All visits</source>
        <translation>Todas las visitas</translation>
    </message>
    <message>
        <source>All-uppercase is almost as easy to guess as all-lowercase.</source>
        <translation>Todo en mayúsculas es casi tan fácil de adivinar como todo en minúsculas.</translation>
    </message>
    <message>
        <source>Already in: {already} · empty: {empty} · not imported: {refused}</source>
        <translation>Ya estaban: {already} · vacías: {empty} · no importadas: {refused}</translation>
    </message>
    <message>
        <source>Already read</source>
        <translation>Ya leída</translation>
    </message>
    <message>
        <source>Another copy</source>
        <translation>Otra copia</translation>
    </message>
    <message>
        <source>Answers as</source>
        <translation>Respuestas como</translation>
    </message>
    <message>
        <source>Answers: on paper</source>
        <translation>Respuestas: en papel</translation>
    </message>
    <message>
        <source>Answers: on paper or at the kiosk</source>
        <translation>Respuestas: en papel o en el quiosco</translation>
    </message>
    <message>
        <source>At the kiosk (on the laptop)</source>
        <translation>En el quiosco (en la computadora)</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Público</translation>
    </message>
    <message>
        <source>Audience on:</source>
        <translation>Público en:</translation>
    </message>
    <message>
        <source>Avoid dates and years that are associated with you.</source>
        <translation>Evita fechas y años relacionados contigo.</translation>
    </message>
    <message>
        <source>Avoid recent years.</source>
        <translation>Evita los años recientes.</translation>
    </message>
    <message>
        <source>Avoid repeated words and characters.</source>
        <translation>Evita repetir palabras y caracteres.</translation>
    </message>
    <message>
        <source>Avoid sequences.</source>
        <translation>Evita las secuencias.</translation>
    </message>
    <message>
        <source>Avoid years that are associated with you.</source>
        <translation>Evita años relacionados contigo.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Hacer copia de seguridad ahora</translation>
    </message>
    <message>
        <source>Back up to &amp;another place…</source>
        <translation>Copia de seguridad en &amp;otro lugar…</translation>
    </message>
    <message>
        <source>Back up to another place (a USB stick): choose a folder</source>
        <translation>Copia de seguridad en otro lugar (una memoria USB): elige una carpeta</translation>
    </message>
    <message>
        <source>Background drawing stopped ({problem}); slides are drawn between key presses instead</source>
        <translation>El dibujo en segundo plano se detuvo ({problem}); ahora las diapositivas se dibujan entre una tecla y otra</translation>
    </message>
    <message>
        <source>Backup written to {path}</source>
        <translation>Copia de seguridad guardada en {path}</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>Backups in {folder}, newest first. The current data is backed up before a restore, so a restore can be undone.</source>
        <translation>Copias de seguridad en {folder}, la más reciente primero. Antes de restaurar se hace una copia de los datos actuales, así que una restauración se puede deshacer.</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Antes de una restauración</translation>
    </message>
    <message>
        <source>Before an update</source>
        <translation>Antes de una actualización</translation>
    </message>
    <message>
        <source>Blank sheet: nothing marked</source>
        <translation>Hoja en blanco: nada marcado</translation>
    </message>
    <message>
        <source>Box {box} of {boxes} · {visit}</source>
        <translation>Recuadro {box} de {boxes} · {visit}</translation>
    </message>
    <message>
        <source>Built-in SOS classroom talk</source>
        <translation>Charla SOS incluida para el salón de clases</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>Paquete</translation>
    </message>
    <message>
        <source>Bundles are merged here only from the laptops registered below: each signs its bundles with its own key. To add one, save its key card on that laptop ({menu_item} there) and register the card here. Revoke a lost laptop: its bundles are refused from then on.</source>
        <translation>Aquí solo se fusionan paquetes de las computadoras registradas abajo: cada una firma sus paquetes con su propia clave. Para añadir una, guarda su tarjeta de clave en esa computadora ({menu_item} allá) y registra la tarjeta aquí. Revoca una computadora perdida: desde entonces sus paquetes se rechazan.</translation>
    </message>
    <message>
        <source>Bundles merged</source>
        <translation>Paquetes fusionados</translation>
    </message>
    <message>
        <source>C&amp;lose visit</source>
        <translation>&amp;Cerrar visita</translation>
    </message>
    <message>
        <source>COMMAND</source>
        <translation>COMANDO</translation>
    </message>
    <message>
        <source>CRM profile</source>
        <translation>Perfil del CRM</translation>
    </message>
    <message>
        <source>CRM shape: {profiles}</source>
        <translation>formato del CRM: {profiles}</translation>
    </message>
    <message>
        <source>CSV ({pattern})</source>
        <translation>CSV ({pattern})</translation>
    </message>
    <message>
        <source>Calendar…</source>
        <translation>Calendario…</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Cámara</translation>
    </message>
    <message>
        <source>Camera picture</source>
        <translation>Imagen de la cámara</translation>
    </message>
    <message>
        <source>Camera {number}</source>
        <translation>Cámara {number}</translation>
    </message>
    <message>
        <source>Camera {number}: {name}</source>
        <translation>Cámara {number}: {name}</translation>
    </message>
    <message>
        <source>Capitalization doesn&apos;t help very much.</source>
        <translation>Empezar con mayúscula no ayuda mucho.</translation>
    </message>
    <message>
        <source>Change the PIN…</source>
        <translation>Cambiar el PIN…</translation>
    </message>
    <message>
        <source>Change the answers, then Enter stores them in place of the old ones. PageDown goes back to the queue.</source>
        <translation>Cambia las respuestas; luego Enter las guarda en lugar de las anteriores. AvPág vuelve a la cola.</translation>
    </message>
    <message>
        <source>Change the organizer PIN</source>
        <translation>Cambiar el PIN de organizador/a</translation>
    </message>
    <message>
        <source>Changing a box done · {visit} · PageDown goes back to the queue</source>
        <translation>Cambiando un recuadro ya hecho · {visit} · AvPág vuelve a la cola</translation>
    </message>
    <message>
        <source>Changing a stored sheet · {visit} · question {question} of {questions} (question {number} on the sheet)</source>
        <translation>Cambiando una hoja ya guardada · {visit} · pregunta {question} de {questions} (pregunta {number} en la hoja)</translation>
    </message>
    <message>
        <source>Check by hand (same name, different contacts): {names}</source>
        <translation>Revisa a mano (mismo nombre, distintos contactos): {names}</translation>
    </message>
    <message>
        <source>Choose a PDF or Markdown deck</source>
        <translation>Elegir una presentación PDF o Markdown</translation>
    </message>
    <message>
        <source>Choose a PIN of 4 to 12 digits. It is needed to leave the kiosk, so students cannot close it. Keep it to the presenters.</source>
        <translation>Elige un PIN de 4 a 12 dígitos. Se necesita para salir del quiosco, así los estudiantes no pueden cerrarlo. Compártelo solo con quienes presentan.</translation>
    </message>
    <message>
        <source>Choose a deck</source>
        <translation>Elegir una presentación</translation>
    </message>
    <message>
        <source>Choose a default PDF or Markdown deck</source>
        <translation>Elegir una presentación PDF o Markdown predeterminada</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Class or club</source>
        <translation>Clase o club</translation>
    </message>
    <message>
        <source>Classroom visits</source>
        <translation>Visitas a clases</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Cerrar (Esc)</translation>
    </message>
    <message>
        <source>Close the visit to {school} — {group}?

Its answers and sign-ups stay; you can reopen it later.</source>
        <translation>¿Cerrar la visita a {school} — {group}?

Sus respuestas e inscripciones se conservan; puedes reabrirla más tarde.</translation>
    </message>
    <message>
        <source>Closed</source>
        <comment>visit</comment>
        <translation>Cerrada</translation>
    </message>
    <message>
        <source>Codes (yes, grade_9): for analysis software</source>
        <translation>Códigos (yes, grade_9): para programas de análisis</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Columna del archivo</translation>
    </message>
    <message>
        <source>Common names and surnames are easy to guess.</source>
        <translation>Los nombres y apellidos comunes son fáciles de adivinar.</translation>
    </message>
    <message>
        <source>Confirm (Enter)</source>
        <translation>Confirmar (Enter)</translation>
    </message>
    <message>
        <source>Contact data</source>
        <translation>Datos de contacto</translation>
    </message>
    <message>
        <source>Copied. Paste it somewhere away from this laptop.</source>
        <translation>Copiada. Pégala en algún lugar fuera de esta computadora.</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Copias</translation>
    </message>
    <message>
        <source>Copy the recovery key</source>
        <translation>Copiar la clave de recuperación</translation>
    </message>
    <message>
        <source>Could not open the data folder {folder}. Open it from the file manager.</source>
        <translation>No se pudo abrir la carpeta de datos {folder}. Ábrela desde el administrador de archivos.</translation>
    </message>
    <message>
        <source>Counting the rows it will write…</source>
        <translation>Contando las filas que se escribirán…</translation>
    </message>
    <message>
        <source>Create a visit…</source>
        <translation>Crear una visita…</translation>
    </message>
    <message>
        <source>Ctrl+Z: change the last box done</source>
        <translation>Ctrl+Z: cambiar el último recuadro hecho</translation>
    </message>
    <message>
        <source>Current PIN</source>
        <translation>PIN actual</translation>
    </message>
    <message>
        <source>Daily, at start-up</source>
        <translation>Diaria, al iniciar</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Carpeta de datos</translation>
    </message>
    <message>
        <source>Data: {path}</source>
        <translation>Datos: {path}</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Dates are often easy to guess.</source>
        <translation>Las fechas suelen ser fáciles de adivinar.</translation>
    </message>
    <message>
        <source>Dec&amp;k</source>
        <translation>Presen&amp;tación</translation>
    </message>
    <message>
        <source>Deck: {deck}, {minutes} min</source>
        <translation>Presentación: {deck}, {minutes} min</translation>
    </message>
    <message>
        <source>Default &amp;deck</source>
        <translation>&amp;Presentación predeterminada</translation>
    </message>
    <message>
        <source>Default &amp;survey</source>
        <translation>&amp;Encuesta predeterminada</translation>
    </message>
    <message>
        <source>Default deck</source>
        <translation>Presentación predeterminada</translation>
    </message>
    <message>
        <source>Default survey</source>
        <translation>Encuesta predeterminada</translation>
    </message>
    <message>
        <source>Default survey for new visits</source>
        <translation>Encuesta predeterminada para visitas nuevas</translation>
    </message>
    <message>
        <source>Done this session</source>
        <translation>Hecho en esta sesión</translation>
    </message>
    <message>
        <source>Done this session (click to change)</source>
        <translation>Hecho en esta sesión (haz clic para cambiar)</translation>
    </message>
    <message>
        <source>Dropped for anonymity, never stored: {columns}</source>
        <translation>Descartadas por anonimato, nunca guardadas: {columns}</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xportar</translation>
    </message>
    <message>
        <source>Each copy has its own code, so a sheet is counted once however often it is scanned. Print one for every student.</source>
        <translation>Cada copia tiene su propio código, así que una hoja se cuenta una sola vez aunque se escanee varias veces. Imprime una para cada estudiante.</translation>
    </message>
    <message>
        <source>Edit visit</source>
        <translation>Editar visita</translation>
    </message>
    <message>
        <source>Educator</source>
        <translation>Educador/a</translation>
    </message>
    <message>
        <source>Educator e&amp;mail</source>
        <translation>&amp;Correo del educador/a</translation>
    </message>
    <message>
        <source>Educator: {educator}</source>
        <translation>Educador/a: {educator}</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <comment>timer</comment>
        <translation>Transcurrido</translation>
    </message>
    <message>
        <source>End of the recorded frames.</source>
        <translation>Fin de las imágenes grabadas.</translation>
    </message>
    <message>
        <source>End presentation</source>
        <translation>Terminar presentación</translation>
    </message>
    <message>
        <source>Every field, one row per sign-up.</source>
        <translation>Todos los campos, una fila por inscripción.</translation>
    </message>
    <message>
        <source>Every record that could be read in the damaged file was saved. These could not be:</source>
        <translation>Se guardaron todos los registros que se pudieron leer en el archivo dañado. Estos no se pudieron guardar:</translation>
    </message>
    <message>
        <source>Every step can be skipped and done later: Settings (Ctrl+,) has the language, the PIN and the passphrase, and “New visit…” (Ctrl+N) makes a visit.</source>
        <translation>Puedes saltar cualquier paso y hacerlo más tarde: en Configuración (Ctrl+,) están el idioma, el PIN y la frase de contraseña, y con “Nueva visita…” (Ctrl+N) creas una visita.</translation>
    </message>
    <message>
        <source>EveryAction: FirstName, LastName, Email, CellPhone, ZipOrPostal.</source>
        <translation>EveryAction: FirstName, LastName, Email, CellPhone, ZipOrPostal.</translation>
    </message>
    <message>
        <source>Export a survey</source>
        <translation>Exportar una encuesta</translation>
    </message>
    <message>
        <source>Export sign-ups for the CRM</source>
        <translation>Exportar inscripciones para el CRM</translation>
    </message>
    <message>
        <source>Export survey answers</source>
        <translation>Exportar las respuestas de la encuesta</translation>
    </message>
    <message>
        <source>Exported {key} version {version} to {path}.</source>
        <translation>Se exportó {key} versión {version} a {path}.</translation>
    </message>
    <message>
        <source>Exporting sign-ups…</source>
        <translation>Exportando inscripciones…</translation>
    </message>
    <message>
        <source>Exporting survey answers…</source>
        <translation>Exportando respuestas de la encuesta…</translation>
    </message>
    <message>
        <source>FILE.xlsx (XLSForm) or FILE.yaml</source>
        <translation>ARCHIVO.xlsx (XLSForm) o ARCHIVO.yaml</translation>
    </message>
    <message>
        <source>FROZEN on slide {number}</source>
        <translation>CONGELADO en la diapositiva {number}</translation>
    </message>
    <message>
        <source>Fields marked * are required.</source>
        <translation>Los campos marcados con * son obligatorios.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>&amp;Tipo de archivo:</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Terminar</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <source>For Excel (UTF-8 with BOM)</source>
        <translation>Para Excel (UTF-8 con BOM)</translation>
    </message>
    <message>
        <source>For new visits. Hillhouse and Wilbur Cross always get their own survey.</source>
        <translation>Para visitas nuevas. Hillhouse y Wilbur Cross siempre reciben su propia encuesta.</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Formato:</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>From laptop {name} (key {fingerprint}).</source>
        <translation>Desde la computadora {name} (clave {fingerprint}).</translation>
    </message>
    <message>
        <source>Go to slide: {number}▏ (Enter)</source>
        <translation>Ir a diapositiva: {number}▏ (Enter)</translation>
    </message>
    <message>
        <source>Hide audience window (A)</source>
        <translation>Ocultar ventana del público (A)</translation>
    </message>
    <message>
        <source>Hold a sheet up to the camera</source>
        <translation>Muestra una hoja a la cámara</translation>
    </message>
    <message>
        <source>Hold each sheet flat with the whole page in view until the signal turns green. Two-sided sheets: show one side, then the other.</source>
        <translation>Sostén cada hoja plana, con la página entera a la vista, hasta que la señal se ponga verde. Hojas de dos caras: muestra un lado y luego el otro.</translation>
    </message>
    <message>
        <source>Hold it closer</source>
        <translation>Acércala más</translation>
    </message>
    <message>
        <source>Hold it still</source>
        <translation>Mantenla quieta</translation>
    </message>
    <message>
        <source>Hold the sheet closer and steadier, away from glare, so the code in its top corner is sharp.</source>
        <translation>Acerca la hoja y sostenla firme, sin reflejos, para que el código de la esquina superior se vea nítido.</translation>
    </message>
    <message>
        <source>I have kept it safe</source>
        <translation>Ya la guardé en un lugar seguro</translation>
    </message>
    <message>
        <source>Import it again anyway?</source>
        <translation>¿Importarlo otra vez de todos modos?</translation>
    </message>
    <message>
        <source>Import online answers…</source>
        <translation>Importar respuestas en línea…</translation>
    </message>
    <message>
        <source>Import the good rows and write the others to {rejects} to fix and import later?</source>
        <translation>¿Importar las filas correctas y escribir las demás en {rejects} para corregirlas e importarlas después?</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n online response(s).</source>
        <translation>
            <numerusform>Se importó %n respuesta en línea.</numerusform>
            <numerusform>Se importaron %n respuestas en línea.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n response(s) to {survey}.</source>
        <translation>
            <numerusform>Se importó %n respuesta a {survey}.</numerusform>
            <numerusform>Se importaron %n respuestas a {survey}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n sign-up(s).</source>
        <translation>
            <numerusform>Se importó %n inscripción.</numerusform>
            <numerusform>Se importaron %n inscripciones.</numerusform>
        </translation>
    </message>
    <message>
        <source>Include the free-text answers</source>
        <translation>Incluir las respuestas escritas</translation>
    </message>
    <message>
        <source>Include the sign-ups&apos; names and contacts</source>
        <translation>Incluir los nombres y contactos de las inscripciones</translation>
    </message>
    <message>
        <source>Interface &amp;language</source>
        <translation>&amp;Idioma de la interfaz</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Idioma de la interfaz</translation>
    </message>
    <message>
        <source>It could be guessed: it is made of common words, names or patterns, or of this campaign&apos;s own words.</source>
        <translation>Se podría adivinar: está hecha de palabras, nombres o patrones comunes, o de las propias palabras de esta campaña.</translation>
    </message>
    <message>
        <source>It was already marked.</source>
        <translation>Ya estaba marcada.</translation>
    </message>
    <message numerus="yes">
        <source>It will write %n row(s).</source>
        <translation>
            <numerusform>Se escribirá %n fila.</numerusform>
            <numerusform>Se escribirán %n filas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Its code cannot be read</source>
        <translation>No se puede leer su código</translation>
    </message>
    <message>
        <source>KIOSK RUNNING — the talk ignores keys and clicks until an organizer unlocks the kiosk with the PIN</source>
        <translation>QUIOSCO EN MARCHA — la charla ignora teclas y clics hasta que un/a organizador/a desbloquee el quiosco con el PIN</translation>
    </message>
    <message>
        <source>Keep the passphrase and this recovery key apart from the laptop. If both are lost, the contact details on this laptop are gone for good: nobody, not even the app&apos;s makers, can open them.</source>
        <translation>Guarda la frase de contraseña y esta clave de recuperación lejos de la computadora. Si se pierden las dos, los datos de contacto de esta computadora se pierden para siempre: nadie, ni siquiera quienes hicieron la app, puede abrirlos.</translation>
    </message>
    <message>
        <source>Keep the sheet still for a moment longer.</source>
        <translation>Mantén la hoja quieta un momento más.</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation>Quiosco</translation>
    </message>
    <message>
        <source>Kiosk &amp;idle time</source>
        <translation>&amp;Tiempo de inactividad del quiosco</translation>
    </message>
    <message>
        <source>Kiosk for sign-ups</source>
        <translation>Quiosco para inscripciones</translation>
    </message>
    <message>
        <source>Kiosk idle time</source>
        <translation>Tiempo de inactividad del quiosco</translation>
    </message>
    <message>
        <source>Labels (Yes, 9th grade): to read in a spreadsheet</source>
        <translation>Etiquetas (Sí, 9.º grado): para leer en una hoja de cálculo</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Language of the labels</source>
        <translation>Idioma de las etiquetas</translation>
    </message>
    <message>
        <source>Language of the report</source>
        <translation>Idioma del informe</translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation>Computadora</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Más tarde</translation>
    </message>
    <message>
        <source>Later (PageDown)</source>
        <translation>Más tarde (AvPág)</translation>
    </message>
    <message>
        <source>Leave blank</source>
        <translation>Dejar en blanco</translation>
    </message>
    <message>
        <source>Leave the kiosk</source>
        <translation>Salir del quiosco</translation>
    </message>
    <message>
        <source>Left</source>
        <comment>time remaining</comment>
        <translation>Restante</translation>
    </message>
    <message>
        <source>Look again (F5)</source>
        <translation>Buscar otra vez (F5)</translation>
    </message>
    <message>
        <source>Look for cameras again</source>
        <translation>Buscar cámaras otra vez</translation>
    </message>
    <message>
        <source>Looking for cameras…</source>
        <translation>Buscando cámaras…</translation>
    </message>
    <message>
        <source>Mailchimp: Email Address, First Name, Last Name, Phone Number, Tags. People without a consented email are left out.</source>
        <translation>Mailchimp: Email Address, First Name, Last Name, Phone Number, Tags. Quedan fuera las personas sin un correo electrónico con consentimiento.</translation>
    </message>
    <message>
        <source>Make this laptop a new bundle key? Bundles signed with the old key are no longer accepted anywhere, and the organizer must register the new card.</source>
        <translation>¿Crear una clave de paquetes nueva para esta computadora? Los paquetes firmados con la clave anterior ya no se aceptan en ninguna parte, y el/la organizador/a debe registrar la tarjeta nueva.</translation>
    </message>
    <message numerus="yes">
        <source>Mark the export of {when} (%n row(s), profile {profile}) as loaded into the CRM?</source>
        <translation>
            <numerusform>¿Marcar la exportación del {when} (%n fila, perfil {profile}) como cargada en el CRM?</numerusform>
            <numerusform>¿Marcar la exportación del {when} (%n filas, perfil {profile}) como cargada en el CRM?</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark the last CRM export as &amp;imported…</source>
        <translation>Marcar la última exportación al CRM como &amp;importada…</translation>
    </message>
    <message>
        <source>Marked as imported.</source>
        <translation>Marcada como importada.</translation>
    </message>
    <message>
        <source>Merge a bundle</source>
        <translation>Fusionar un paquete</translation>
    </message>
    <message numerus="yes">
        <source>Merged: %n new record(s), {unchanged} already here, {conflicts}</source>
        <translation>
            <numerusform>Fusionado: %n registro nuevo, {unchanged} ya estaban aquí, {conflicts}</numerusform>
            <numerusform>Fusionado: %n registros nuevos, {unchanged} ya estaban aquí, {conflicts}</numerusform>
        </translation>
    </message>
    <message>
        <source>Merging the bundle…</source>
        <translation>Fusionando el paquete…</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Names and surnames by themselves are easy to guess.</source>
        <translation>Los nombres y apellidos solos son fáciles de adivinar.</translation>
    </message>
    <message>
        <source>Names of the 1–2 presenters</source>
        <translation>Nombres de las 1–2 personas que presentan</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>Necesita revisión</translation>
    </message>
    <message>
        <source>Needs review: {review}
Already read: {already}
Not for this visit: {foreign}</source>
        <translation>Necesitan revisión: {review}
Ya leídas: {already}
No son de esta visita: {foreign}</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>PIN nuevo</translation>
    </message>
    <message>
        <source>New PIN again</source>
        <translation>PIN nuevo otra vez</translation>
    </message>
    <message>
        <source>New passphrase (a few uncommon words): </source>
        <translation>Nueva frase de contraseña (unas cuantas palabras poco comunes): </translation>
    </message>
    <message>
        <source>New visit</source>
        <translation>Nueva visita</translation>
    </message>
    <message>
        <source>New: {added} · already in: {already} · empty: {empty} · not importable: {refused}</source>
        <translation>Nuevas: {added} · ya estaban: {already} · vacías: {empty} · no importables: {refused}</translation>
    </message>
    <message>
        <source>Next</source>
        <comment>slide</comment>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message numerus="yes">
        <source>Next, after %n more results page(s)</source>
        <translation>
            <numerusform>Luego, después de %n página más de resultados</numerusform>
            <numerusform>Luego, después de %n páginas más de resultados</numerusform>
        </translation>
    </message>
    <message>
        <source>Next: end of the deck</source>
        <translation>Siguiente: fin de la presentación</translation>
    </message>
    <message>
        <source>No backup in this folder yet. “Other file…” restores a copy from somewhere else (a USB stick).</source>
        <translation>Todavía no hay copias de seguridad en esta carpeta. «Otro archivo…» restaura una copia de otro lugar (una memoria USB).</translation>
    </message>
    <message>
        <source>No camera</source>
        <translation>No hay cámara</translation>
    </message>
    <message>
        <source>No camera found</source>
        <translation>No hay cámaras</translation>
    </message>
    <message>
        <source>No camera found.

Plug in a webcam and press F5 to look again. Or scan the sheets on a copier later and read the PDF from the main window&apos;s menu: Paper ▸ Read scanned sheets (PDF or photos)…</source>
        <translation>No se encontró ninguna cámara.

Conecta una cámara web y pulsa F5 para buscar de nuevo. O escanea las hojas en una fotocopiadora más tarde y lee el PDF desde el menú de la ventana principal: Papel ▸ Leer hojas escaneadas (PDF o fotos)…</translation>
    </message>
    <message>
        <source>No conflicts: every merged record matched ours.</source>
        <translation>No hay conflictos: cada registro fusionado coincidía con el nuestro.</translation>
    </message>
    <message>
        <source>No good backup was found in {folder}. The file was not changed.</source>
        <translation>No se encontró ninguna copia de seguridad en buen estado en {folder}. El archivo no se modificó.</translation>
    </message>
    <message>
        <source>No need for symbols, digits, or uppercase letters.</source>
        <translation>No hacen falta símbolos, números ni mayúsculas.</translation>
    </message>
    <message>
        <source>No passphrase yet: asked before the first kiosk</source>
        <translation>Aún sin frase de contraseña: se pide antes del primer quiosco</translation>
    </message>
    <message>
        <source>No sheet waits for review.

Sheets with a light mark, a crossed-out bubble or two marks on a one-answer question come here after a scan.</source>
        <translation>No hay hojas pendientes de revisión.

Las hojas con una marca tenue, una burbuja tachada o dos marcas en una pregunta de una sola respuesta llegan aquí después de escanearlas.</translation>
    </message>
    <message>
        <source>No sign-up export yet.</source>
        <translation>Todavía no hay ninguna exportación de inscripciones.</translation>
    </message>
    <message>
        <source>No survey</source>
        <translation>Sin encuesta</translation>
    </message>
    <message>
        <source>No survey is stored yet.</source>
        <translation>Todavía no hay ninguna encuesta guardada.</translation>
    </message>
    <message>
        <source>No visits yet.

Create one with “New visit…” (Ctrl+N): school, class or club, date, educator and the survey the class will take.</source>
        <translation>Todavía no hay visitas.

Crea una con “Nueva visita…” (Ctrl+N): escuela, clase o club, fecha, educador/a y la encuesta que responderá la clase.</translation>
    </message>
    <message>
        <source>No writing box waits to be typed up.

The boxes of a sheet waiting for review come here once it is reviewed. Esc closes this window.</source>
        <translation>No hay recuadros por transcribir.

Los recuadros de una hoja pendiente de revisión llegan aquí cuando se revisa. Esc cierra esta ventana.</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Sin exportar</translation>
    </message>
    <message>
        <source>Not for this visit</source>
        <translation>No es de esta visita</translation>
    </message>
    <message>
        <source>Not saved: {reasons}</source>
        <translation>No se guardó: {reasons}</translation>
    </message>
    <message>
        <source>Not set: asked before the first kiosk</source>
        <translation>Sin definir: se pide antes del primer quiosco</translation>
    </message>
    <message>
        <source>Not stored: {reasons}</source>
        <translation>No se guardó: {reasons}</translation>
    </message>
    <message>
        <source>Not today&apos;s visit</source>
        <translation>No es una visita de hoy</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Notes: {notes}</source>
        <translation>Notas: {notes}</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>No se cambió nada.</translation>
    </message>
    <message>
        <source>Nothing was merged: this bundle is signed by laptop {name} (key {fingerprint}), which was revoked ({menu_item}).</source>
        <translation>No se fusionó nada: este paquete lo firma la computadora {name} (clave {fingerprint}), que fue revocada ({menu_item}).</translation>
    </message>
    <message>
        <source>Nothing was merged: this bundle is signed by laptop {name} with key {fingerprint}, which is not registered here. If it is one of your team laptops, save its key card there and register it here ({menu_item}).</source>
        <translation>No se fusionó nada: este paquete lo firma la computadora {name} con la clave {fingerprint}, que no está registrada aquí. Si es una de las computadoras de tu equipo, guarda allá su tarjeta de clave y regístrala aquí ({menu_item}).</translation>
    </message>
    <message>
        <source>Nothing was merged: this bundle was made by an older SOS Desktop with the shared key that is no longer accepted. Update SOS Desktop on that laptop, register it ({menu_item}) and make the bundle again.</source>
        <translation>No se fusionó nada: este paquete lo hizo una versión anterior de SOS Desktop con la clave compartida que ya no se acepta. Actualiza SOS Desktop en esa computadora, regístrala ({menu_item}) y vuelve a hacer el paquete.</translation>
    </message>
    <message>
        <source>Nothing was stored. A student&apos;s sheet? Its marks may be too light: check them, or read it on a copier scan.</source>
        <translation>No se guardó nada. ¿Es la hoja de un estudiante? Sus marcas pueden ser demasiado claras: revísalas o léela desde un escaneo de fotocopiadora.</translation>
    </message>
    <message>
        <source>Nothing was stored. If its other side has answers, show that side now.</source>
        <translation>No se guardó nada. Si el otro lado tiene respuestas, muéstralo ahora.</translation>
    </message>
    <message>
        <source>Nothing written or unreadable (Ctrl+Del)</source>
        <translation>Nada escrito o ilegible (Ctrl+Supr)</translation>
    </message>
    <message>
        <source>Number keys or ↑ ↓ and Space to tick, 0 leaves it blank, Enter confirms.</source>
        <translation>Teclas numéricas o ↑ ↓ y Espacio para marcar, 0 la deja en blanco, Enter confirma.</translation>
    </message>
    <message>
        <source>On paper answer sheets (the kiosk only signs up)</source>
        <translation>En hojas de respuestas de papel (el quiosco solo inscribe)</translation>
    </message>
    <message>
        <source>On paper or at the kiosk</source>
        <translation>En papel o en el quiosco</translation>
    </message>
    <message>
        <source>On the projector: results (no answers yet)</source>
        <translation>En el proyector: resultados (todavía sin respuestas)</translation>
    </message>
    <message>
        <source>On the projector: results page {page} of {pages}: {questions}</source>
        <translation>En el proyector: página {page} de {pages} de los resultados: {questions}</translation>
    </message>
    <message>
        <source>Online &amp;form</source>
        <translation>For&amp;mulario en línea</translation>
    </message>
    <message>
        <source>Online answers (KoboToolbox, ODK or Google Forms)</source>
        <translation>Respuestas en línea (KoboToolbox, ODK o Google Forms)</translation>
    </message>
    <message>
        <source>Online answers: {file}</source>
        <translation>Respuestas en línea: {file}</translation>
    </message>
    <message>
        <source>Online form</source>
        <translation>Formulario en línea</translation>
    </message>
    <message>
        <source>Only sign-ups not exported yet</source>
        <translation>Solo las inscripciones aún no exportadas</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>visit</comment>
        <translation>Abierta</translation>
    </message>
    <message>
        <source>Open Review</source>
        <translation>Abrir revisión</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Abrir carpeta</translation>
    </message>
    <message>
        <source>Open the Review window to settle them now?</source>
        <translation>¿Abrir la ventana de revisión para resolverlas ahora?</translation>
    </message>
    <message>
        <source>Organization key created for {organization}.</source>
        <translation>Clave de la organización creada para {organization}.</translation>
    </message>
    <message>
        <source>Organizer PIN</source>
        <translation>PIN de organizador/a</translation>
    </message>
    <message>
        <source>Organizer PIN:</source>
        <translation>PIN de organizador/a:</translation>
    </message>
    <message>
        <source>Organizer passphrase</source>
        <translation>Frase de contraseña de organizador/a</translation>
    </message>
    <message>
        <source>Organizer passphrase: </source>
        <translation>Frase de contraseña de organizador/a: </translation>
    </message>
    <message>
        <source>Other sheets</source>
        <translation>Otras hojas</translation>
    </message>
    <message>
        <source>Over video: online form</source>
        <translation>Virtual: formulario en línea</translation>
    </message>
    <message>
        <source>Over video: the class answers the online form.</source>
        <translation>Visita virtual: la clase contesta el formulario en línea.</translation>
    </message>
    <message>
        <source>P&amp;aper</source>
        <translation>Pape&amp;l</translation>
    </message>
    <message>
        <source>PDF ({pattern})</source>
        <translation>PDF ({pattern})</translation>
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
        <source>PageUp / PageDown: another sheet
Backspace: previous question
Ctrl+Z: change the last sheet stored
Esc: close (undecided sheets stay in the queue)</source>
        <translation>RePág / AvPág: otra hoja
Retroceso: pregunta anterior
Ctrl+Z: cambiar la última hoja guardada
Esc: cerrar (las hojas sin decidir siguen en la cola)</translation>
    </message>
    <message>
        <source>Part of the sheet is outside the picture: move it so all four corner squares are in view.</source>
        <translation>Parte de la hoja queda fuera de la imagen: muévela para que se vean los cuatro cuadrados de las esquinas.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Frase de contraseña otra vez</translation>
    </message>
    <message>
        <source>Passphrase for contact data</source>
        <translation>Frase de contraseña para los datos de contacto</translation>
    </message>
    <message>
        <source>Pick an answer, or 0 to leave it blank.</source>
        <translation>Elige una respuesta, o 0 para dejarla en blanco.</translation>
    </message>
    <message>
        <source>Pick the date on a calendar</source>
        <translation>Elegir la fecha en un calendario</translation>
    </message>
    <message>
        <source>Predictable substitutions like &apos;@&apos; instead of &apos;a&apos; don&apos;t help very much.</source>
        <translation>Los cambios previsibles, como &apos;@&apos; en lugar de &apos;a&apos;, no ayudan mucho.</translation>
    </message>
    <message>
        <source>Present (F5: where the talk stopped; Shift+F5: from the beginning)</source>
        <translation>Presentar (F5: donde se detuvo la charla; Shift+F5: desde el principio)</translation>
    </message>
    <message>
        <source>Presenters: {names}</source>
        <translation>Presentan: {names}</translation>
    </message>
    <message>
        <source>Print answer sheets</source>
        <translation>Imprimir hojas de respuestas</translation>
    </message>
    <message>
        <source>Print the PDF on both sides of the paper (two-sided, flip on the long edge): each answer sheet is one sheet of paper, front and back.</source>
        <translation>Imprime el PDF por las dos caras del papel (doble cara, volteando por el borde largo): cada hoja de respuestas es una hoja de papel, por delante y por detrás.</translation>
    </message>
    <message>
        <source>Print the PDF on one side of the paper: each answer sheet is one page.</source>
        <translation>Imprime el PDF por una sola cara del papel: cada hoja de respuestas es una página.</translation>
    </message>
    <message>
        <source>Print the recovery key</source>
        <translation>Imprimir la clave de recuperación</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>Protect contact data</source>
        <translation>Proteger los datos de contacto</translation>
    </message>
    <message>
        <source>Question to review</source>
        <translation>Pregunta por revisar</translation>
    </message>
    <message>
        <source>Q{number}: {answer}</source>
        <translation>P{number}: {answer}</translation>
    </message>
    <message>
        <source>RECOVERY KEY (print it or write it down now; it is shown only this once):</source>
        <translation>CLAVE DE RECUPERACIÓN (imprímela o anótala ahora; solo se muestra esta vez):</translation>
    </message>
    <message>
        <source>Re&amp;open visit</source>
        <translation>Reabri&amp;r visita</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>Re&amp;vocar…</translation>
    </message>
    <message>
        <source>Rea&amp;d scanned sheets (PDF or photos)…</source>
        <translation>&amp;Leer hojas escaneadas (PDF o fotos)…</translation>
    </message>
    <message>
        <source>Read and stored</source>
        <translation>Leída y guardada</translation>
    </message>
    <message>
        <source>Read for {visit}:</source>
        <translation>Leído para {visit}:</translation>
    </message>
    <message numerus="yes">
        <source>Reading %n file(s)…</source>
        <translation>
            <numerusform>Leyendo %n archivo…</numerusform>
            <numerusform>Leyendo %n archivos…</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>Leyendo {file}…</translation>
    </message>
    <message>
        <source>Reading: keep holding</source>
        <translation>Leyendo: sigue sosteniéndola</translation>
    </message>
    <message>
        <source>Recent years are easy to guess.</source>
        <translation>Los años recientes son fáciles de adivinar.</translation>
    </message>
    <message>
        <source>Records that came in &amp;different from ours…</source>
        <translation>Registros que llegaron &amp;distintos a los nuestros…</translation>
    </message>
    <message>
        <source>Records that came in from another laptop different from ours. Ours stay in use; theirs are kept beside them.</source>
        <translation>Registros que llegaron de otra computadora distintos a los nuestros. Los nuestros siguen en uso; los suyos se guardan al lado.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clave de recuperación</translation>
    </message>
    <message>
        <source>Recovery key: </source>
        <translation>Clave de recuperación: </translation>
    </message>
    <message>
        <source>Refuse every bundle signed by {name} (key {fingerprint}) from now on? What it sent before stays. A revoked key cannot be registered again: the laptop would need a new one.</source>
        <translation>¿Rechazar desde ahora todo paquete firmado por {name} (clave {fingerprint})? Lo que envió antes se queda. Una clave revocada no se puede volver a registrar: la computadora necesitaría una nueva.</translation>
    </message>
    <message>
        <source>Register a team laptop</source>
        <translation>Registrar una computadora del equipo</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registrada</translation>
    </message>
    <message>
        <source>Registered {name}: its bundles are accepted from now on. Check that the laptop&apos;s own window shows the same key: {fingerprint}</source>
        <translation>{name} registrada: desde ahora se aceptan sus paquetes. Comprueba que la ventana de esa computadora muestra la misma clave: {fingerprint}</translation>
    </message>
    <message>
        <source>Repeats like &quot;aaa&quot; are easy to guess.</source>
        <translation>Las repeticiones como &quot;aaa&quot; son fáciles de adivinar.</translation>
    </message>
    <message>
        <source>Repeats like &quot;abcabcabc&quot; are only slightly harder to guess than &quot;abc&quot;.</source>
        <translation>Las repeticiones como &quot;abcabcabc&quot; son apenas un poco más difíciles de adivinar que &quot;abc&quot;.</translation>
    </message>
    <message>
        <source>Replace the current data with the backup {name}, taken {when} ({holds})?

The current data is backed up first, so this can be undone.</source>
        <translation>¿Reemplazar los datos actuales con la copia de seguridad {name}, hecha el {when} ({holds})?

Antes se hace una copia de los datos actuales, así que esto se puede deshacer.</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>Respuestas</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurar una copia de seguridad</translation>
    </message>
    <message>
        <source>Restored {name}</source>
        <translation>Se restauró {name}</translation>
    </message>
    <message>
        <source>Restored {name}; the previous data is kept as {kept}</source>
        <translation>Se restauró {name}; los datos anteriores se guardan como {kept}</translation>
    </message>
    <message>
        <source>Results on the projector</source>
        <translation>Resultados en el proyector</translation>
    </message>
    <message>
        <source>Results — {school}, {group}</source>
        <translation>Resultados — {school}, {group}</translation>
    </message>
    <message>
        <source>Resumed where the talk stopped: slide {number}, {elapsed} elapsed. To start from the beginning, end the talk and press Shift+F5 in the visit list.</source>
        <translation>La charla sigue donde se detuvo: diapositiva {number}, {elapsed} transcurrido. Para empezar desde el principio, termina la charla y pulsa Shift+F5 en la lista de visitas.</translation>
    </message>
    <message>
        <source>Reversed words aren&apos;t much harder to guess.</source>
        <translation>Las palabras al revés no son mucho más difíciles de adivinar.</translation>
    </message>
    <message>
        <source>Review answer sheets</source>
        <translation>Revisar hojas de respuestas</translation>
    </message>
    <message>
        <source>Revoked {name}: bundles it signs are refused.</source>
        <translation>{name} revocada: se rechazan los paquetes que firme.</translation>
    </message>
    <message>
        <source>Revoked {time}</source>
        <translation>Revocada {time}</translation>
    </message>
    <message>
        <source>Rows that will not be imported:</source>
        <translation>Filas que no se importarán:</translation>
    </message>
    <message>
        <source>Rows to write</source>
        <translation>Filas por escribir</translation>
    </message>
    <message>
        <source>Run a Students Over SROs classroom visit.</source>
        <translation>Realiza una visita a un salón de clases de Students Over SROs.</translation>
    </message>
    <message>
        <source>SOS Desktop backups ({pattern})</source>
        <translation>Copias de seguridad de SOS Desktop ({pattern})</translation>
    </message>
    <message>
        <source>SOS Desktop cannot start</source>
        <translation>SOS Desktop no puede iniciar</translation>
    </message>
    <message>
        <source>SOS Desktop speaks English and Spanish. Choose the language of this window; at the kiosk each student chooses their own.</source>
        <translation>SOS Desktop habla inglés y español. Elige el idioma de esta ventana; en el quiosco cada estudiante elige el suyo.</translation>
    </message>
    <message>
        <source>SOS Desktop — Students Over SROs</source>
        <translation>SOS Desktop — Students Over SROs</translation>
    </message>
    <message>
        <source>SOS Desktop — organizer recovery key</source>
        <translation>SOS Desktop — clave de recuperación de organizador/a</translation>
    </message>
    <message>
        <source>SOS Desktop: damaged database</source>
        <translation>SOS Desktop: base de datos dañada</translation>
    </message>
    <message>
        <source>SOS bundle ({pattern})</source>
        <translation>Paquete de SOS ({pattern})</translation>
    </message>
    <message>
        <source>SOS laptop key ({pattern})</source>
        <translation>Clave de computadora SOS ({pattern})</translation>
    </message>
    <message>
        <source>Same as this computer ({language})</source>
        <translation>El idioma de esta computadora ({language})</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Guardar PDF…</translation>
    </message>
    <message>
        <source>Save a card with a &amp;new key…</source>
        <translation>Guardar una tarjeta con una clave &amp;nueva…</translation>
    </message>
    <message>
        <source>Save and next (Enter)</source>
        <translation>Guardar y siguiente (Enter)</translation>
    </message>
    <message>
        <source>Save sign-ups</source>
        <translation>Guardar inscripciones</translation>
    </message>
    <message>
        <source>Save the answer sheets</source>
        <translation>Guardar las hojas de respuestas</translation>
    </message>
    <message>
        <source>Scan answer sheets · {visit}</source>
        <translation>Escanear hojas de respuestas · {visit}</translation>
    </message>
    <message>
        <source>Scan answer sheets — {visit}</source>
        <translation>Escanear hojas de respuestas — {visit}</translation>
    </message>
    <message>
        <source>Scan paper sheets</source>
        <translation>Escanear hojas de papel</translation>
    </message>
    <message>
        <source>Scanned answer sheets (PDF or photos)</source>
        <translation>Hojas de respuestas escaneadas (PDF o fotos)</translation>
    </message>
    <message>
        <source>Scans and photos ({patterns})</source>
        <translation>Escaneos y fotos ({patterns})</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Escuela</translation>
    </message>
    <message>
        <source>Screen for the audience window</source>
        <translation>Pantalla para la ventana del público</translation>
    </message>
    <message>
        <source>Screen {number}</source>
        <translation>Pantalla {number}</translation>
    </message>
    <message>
        <source>Sealed with the organizer passphrase</source>
        <translation>Cifrados con la frase de contraseña de organizador/a</translation>
    </message>
    <message>
        <source>Season report</source>
        <translation>Informe de la temporada</translation>
    </message>
    <message>
        <source>Select a visit first.</source>
        <translation>Primero selecciona una visita.</translation>
    </message>
    <message>
        <source>Select the visit the paper forms come from first.</source>
        <translation>Primero selecciona la visita de la que vienen los formularios en papel.</translation>
    </message>
    <message>
        <source>Select the visit whose answer sheets you are printing.</source>
        <translation>Selecciona la visita cuyas hojas de respuestas estás imprimiendo.</translation>
    </message>
    <message>
        <source>Select the visit whose sheets you are reading.</source>
        <translation>Selecciona la visita cuyas hojas estás leyendo.</translation>
    </message>
    <message>
        <source>Select the visit whose sheets you are scanning.</source>
        <translation>Selecciona la visita cuyas hojas estás escaneando.</translation>
    </message>
    <message>
        <source>Selected visit</source>
        <translation>Visita seleccionada</translation>
    </message>
    <message>
        <source>Sequences like &quot;abc&quot; or &quot;6543&quot; are easy to guess.</source>
        <translation>Las secuencias como &quot;abc&quot; o &quot;6543&quot; son fáciles de adivinar.</translation>
    </message>
    <message>
        <source>Set the PIN…</source>
        <translation>Definir el PIN…</translation>
    </message>
    <message>
        <source>Set the organizer PIN</source>
        <translation>Definir el PIN de organizador/a</translation>
    </message>
    <message>
        <source>Set the passphrase…</source>
        <translation>Definir la frase de contraseña…</translation>
    </message>
    <message>
        <source>Set: needed to leave the kiosk</source>
        <translation>Definido: se necesita para salir del quiosco</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message numerus="yes">
        <source>Sheet {number}: %n question(s) to decide ({language})</source>
        <translation>
            <numerusform>Hoja {number}: %n pregunta por decidir ({language})</numerusform>
            <numerusform>Hoja {number}: %n preguntas por decidir ({language})</numerusform>
        </translation>
    </message>
    <message>
        <source>Sheet {sheet} of {sheets} · {visit} · uncertain question {question} of {questions} (question {number} on the sheet)</source>
        <translation>Hoja {sheet} de {sheets} · {visit} · pregunta dudosa {question} de {questions} (pregunta {number} en la hoja)</translation>
    </message>
    <message>
        <source>Sheets read</source>
        <translation>Hojas leídas</translation>
    </message>
    <message>
        <source>Sheets that need review wait in Paper ▸ Review sheets… ({keys}).</source>
        <translation>Las hojas que necesitan revisión esperan en Papel ▸ Revisar hojas… ({keys}).</translation>
    </message>
    <message>
        <source>Sheets waiting for review</source>
        <translation>Hojas pendientes de revisión</translation>
    </message>
    <message>
        <source>Short keyboard patterns are easy to guess.</source>
        <translation>Los patrones cortos del teclado son fáciles de adivinar.</translation>
    </message>
    <message>
        <source>Show audience window (A)</source>
        <translation>Mostrar ventana del público (A)</translation>
    </message>
    <message>
        <source>Show free-text answers on the projector</source>
        <translation>Mostrar respuestas escritas en el proyector</translation>
    </message>
    <message>
        <source>Show the whole sheet</source>
        <translation>Muestra la hoja entera</translation>
    </message>
    <message>
        <source>Side {page} of {pages} is in; now hold up the other side.</source>
        <translation>Ya está el lado {page} de {pages}; ahora muestra el otro lado.</translation>
    </message>
    <message>
        <source>Sign-in sheet</source>
        <translation>Hoja de registro</translation>
    </message>
    <message>
        <source>Sign-up contacts are sealed. The organizer&apos;s passphrase opens them until the kiosk starts or the app quits:</source>
        <translation>Los datos de contacto de las inscripciones están cifrados. La frase de contraseña de organizador/a los desbloquea hasta que se inicie el quiosco o se cierre la aplicación:</translation>
    </message>
    <message>
        <source>Sign-ups</source>
        <translation>Inscripciones</translation>
    </message>
    <message>
        <source>Sign-ups are sealed so that a lost laptop reveals no student&apos;s contact details. Choose the organizer passphrase: a few uncommon words (10 characters or more); common passwords and this campaign&apos;s own words are refused. Exports of sign-ups and merges will ask for it.</source>
        <translation>Las inscripciones se sellan para que una computadora perdida no revele los datos de contacto de ningún estudiante. Elige la frase de contraseña de organizador/a: unas cuantas palabras poco comunes (10 caracteres o más); no se aceptan contraseñas comunes ni las propias palabras de esta campaña. Las exportaciones de inscripciones y las fusiones la pedirán.</translation>
    </message>
    <message>
        <source>Sign-ups for the &amp;CRM…</source>
        <translation>Inscripciones para el &amp;CRM…</translation>
    </message>
    <message>
        <source>Sign-ups hold students&apos; emails and phone numbers. They are sealed so that a lost laptop reveals none of them. Choose the organizer passphrase: exports of sign-ups and merges ask for it. You then see a recovery key once: write it down.</source>
        <translation>Las inscripciones guardan correos y teléfonos de estudiantes. Se cifran para que una computadora perdida no revele ninguno. Elige la frase de contraseña de organizador/a: se pide al exportar inscripciones y al fusionar datos. Luego verás una clave de recuperación una sola vez: anótala.</translation>
    </message>
    <message>
        <source>Sign-ups stored</source>
        <translation>Inscripciones guardadas</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Skip and finish</source>
        <translation>Saltar y terminar</translation>
    </message>
    <message>
        <source>Skip the guide</source>
        <translation>Saltar la guía</translation>
    </message>
    <message>
        <source>Skip this step</source>
        <translation>Saltar este paso</translation>
    </message>
    <message>
        <source>Slide decks ({patterns})</source>
        <translation>Presentaciones ({patterns})</translation>
    </message>
    <message>
        <source>Slide {number} / {count}</source>
        <translation>Diapositiva {number} / {count}</translation>
    </message>
    <message>
        <source>Slide {number} cannot be drawn ({problem}); the audience still sees the last slide drawn</source>
        <translation>La diapositiva {number} no se puede dibujar ({problem}); el público sigue viendo la última diapositiva dibujada</translation>
    </message>
    <message>
        <source>Start &amp;kiosk</source>
        <translation>Iniciar &amp;quiosco</translation>
    </message>
    <message>
        <source>Starting {camera}…</source>
        <translation>Iniciando {camera}…</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Step done</source>
        <translation>Paso hecho</translation>
    </message>
    <message>
        <source>Step {number} of {count}</source>
        <translation>Paso {number} de {count}</translation>
    </message>
    <message>
        <source>Straight rows of keys are easy to guess.</source>
        <translation>Las filas rectas de teclas son fáciles de adivinar.</translation>
    </message>
    <message>
        <source>Students answer the online form by QR code (no kiosk)</source>
        <translation>Los estudiantes contestan el formulario en línea con el código QR (sin quiosco)</translation>
    </message>
    <message>
        <source>Students sign up at this laptop in kiosk mode. Leaving the kiosk needs a PIN of 4 to 12 digits, so a student cannot close it or see other students&apos; entries. Choose one that only the presenters know.</source>
        <translation>Las y los estudiantes se inscriben en esta computadora en modo quiosco. Para salir del quiosco se necesita un PIN de 4 a 12 dígitos, así nadie puede cerrarlo ni ver lo que escribieron otras personas. Elige uno que solo conozcan quienes presentan.</translation>
    </message>
    <message>
        <source>Sur&amp;vey</source>
        <translation>E&amp;ncuesta</translation>
    </message>
    <message>
        <source>Sur&amp;veys</source>
        <translation>Enc&amp;uestas</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Encuesta</translation>
    </message>
    <message>
        <source>Survey &amp;answers (CSV + codebook)…</source>
        <translation>&amp;Respuestas de la encuesta (CSV + libro de códigos)…</translation>
    </message>
    <message>
        <source>Survey answers</source>
        <translation>Respuestas de la encuesta</translation>
    </message>
    <message>
        <source>Swap screens (S)</source>
        <translation>Intercambiar pantallas (S)</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Hecha</translation>
    </message>
    <message>
        <source>Team laptops</source>
        <translation>Computadoras del equipo</translation>
    </message>
    <message>
        <source>The PIN is set.</source>
        <translation>El PIN está definido.</translation>
    </message>
    <message>
        <source>The PIN must be 4 to 12 digits.</source>
        <translation>El PIN debe tener de 4 a 12 dígitos.</translation>
    </message>
    <message>
        <source>The answers count in the live results.</source>
        <translation>Las respuestas cuentan en los resultados en vivo.</translation>
    </message>
    <message>
        <source>The backup could not be restored</source>
        <translation>No se pudo restaurar la copia de seguridad</translation>
    </message>
    <message>
        <source>The backup could not be written</source>
        <translation>No se pudo guardar la copia de seguridad</translation>
    </message>
    <message>
        <source>The backup could not be written to {folder}</source>
        <translation>No se pudo guardar la copia de seguridad en {folder}</translation>
    </message>
    <message>
        <source>The camera picture is shown only on the laptop&apos;s own screen, never on the projector: sheets carry students&apos; handwriting. Sheets are still read here.</source>
        <translation>La imagen de la cámara solo se muestra en la pantalla de la propia computadora, nunca en el proyector: las hojas llevan la letra de los estudiantes. Las hojas se siguen leyendo aquí.</translation>
    </message>
    <message>
        <source>The class answers on paper or at the kiosk.</source>
        <translation>La clase responde en papel o en el quiosco.</translation>
    </message>
    <message>
        <source>The class answers on paper.</source>
        <translation>La clase responde en papel.</translation>
    </message>
    <message numerus="yes">
        <source>The current PIN is wrong. %n more attempt(s) before a pause.</source>
        <translation>
            <numerusform>El PIN actual es incorrecto. Te queda %n intento antes de una pausa.</numerusform>
            <numerusform>El PIN actual es incorrecto. Te quedan %n intentos antes de una pausa.</numerusform>
        </translation>
    </message>
    <message>
        <source>The daily backup failed</source>
        <translation>Falló la copia de seguridad diaria</translation>
    </message>
    <message>
        <source>The database {path} is damaged ({detail}).</source>
        <translation>La base de datos {path} está dañada ({detail}).</translation>
    </message>
    <message>
        <source>The deck {path} cannot be shown: {problem}</source>
        <translation>La presentación {path} no se puede mostrar: {problem}</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>La fecha final es anterior a la fecha inicial.</translation>
    </message>
    <message>
        <source>The file has not been changed. Restore the newest good backup, from {when}? The damaged file is kept in {folder}.</source>
        <translation>El archivo no se ha modificado. ¿Restaurar la copia de seguridad en buen estado más reciente, del {when}? El archivo dañado se guarda en {folder}.</translation>
    </message>
    <message>
        <source>The folder {folder} is not there any more (was the USB stick taken out?). Nothing was written.</source>
        <translation>La carpeta {folder} ya no está (¿se sacó la memoria USB?). No se escribió nada.</translation>
    </message>
    <message>
        <source>The folder {folder} went away while the backup was written (was the USB stick taken out?).</source>
        <translation>La carpeta {folder} desapareció mientras se guardaba la copia de seguridad (¿se sacó la memoria USB?).</translation>
    </message>
    <message>
        <source>The handwriting is hidden on this screen: it is shown only on the laptop&apos;s own screen, never on the projector.</source>
        <translation>La letra a mano está oculta en esta pantalla: solo se muestra en la pantalla de la propia computadora, nunca en el proyector.</translation>
    </message>
    <message>
        <source>The key of {name} was revoked and stays revoked. On that laptop, save a card with a new key, then register that card.</source>
        <translation>La clave de {name} fue revocada y sigue revocada. En esa computadora, guarda una tarjeta con una clave nueva y luego registra esa tarjeta.</translation>
    </message>
    <message>
        <source>The language of this window and of the results projected for the class. The kiosk lets each student choose theirs.</source>
        <translation>El idioma de esta ventana y de los resultados que se proyectan para la clase. En el quiosco cada estudiante elige el suyo.</translation>
    </message>
    <message>
        <source>The new PIN must be 4 to 12 digits.</source>
        <translation>El PIN nuevo debe tener de 4 a 12 dígitos.</translation>
    </message>
    <message>
        <source>The next picture is being read. If this keeps happening, move the sheet a little or change the light.</source>
        <translation>Se está leyendo la siguiente imagen. Si sigue pasando, mueve un poco la hoja o cambia la luz.</translation>
    </message>
    <message>
        <source>The organizer merges this laptop&apos;s bundles once it is registered: save its key card, carry it to the organizer&apos;s laptop and register it there ({menu_item}).</source>
        <translation>El/la organizador/a fusiona los paquetes de esta computadora una vez registrada: guarda su tarjeta de clave, llévala a la computadora de organizador/a y regístrala allá ({menu_item}).</translation>
    </message>
    <message>
        <source>The passphrase is set and contact data is sealed.</source>
        <translation>La frase de contraseña está definida y los datos de contacto están cifrados.</translation>
    </message>
    <message>
        <source>The passphrase needs at least {count} characters (a few words are easy to remember and hard to guess).</source>
        <translation>La frase de contraseña necesita al menos {count} caracteres (unas cuantas palabras son fáciles de recordar y difíciles de adivinar).</translation>
    </message>
    <message>
        <source>The rows could not be counted beforehand.</source>
        <translation>No se pudieron contar las filas de antemano.</translation>
    </message>
    <message>
        <source>The same passphrase again: </source>
        <translation>La misma frase de contraseña otra vez: </translation>
    </message>
    <message>
        <source>The sheet is moving. It is read from a few steady pictures: hold it still for a moment.</source>
        <translation>La hoja se mueve. Se lee a partir de varias imágenes estables: mantenla quieta un momento.</translation>
    </message>
    <message>
        <source>The sheet is too small in the picture to read its marks: bring it closer until it fills most of the picture&apos;s height.</source>
        <translation>La hoja se ve demasiado pequeña para leer sus marcas: acércala hasta que ocupe casi toda la altura de la imagen.</translation>
    </message>
    <message>
        <source>The survey that fits the school</source>
        <translation>La encuesta que corresponde a la escuela</translation>
    </message>
    <message>
        <source>The team&apos;s online survey (KoboToolbox, Google Forms): its QR code shows on the survey slide of a visit over video.</source>
        <translation>La encuesta en línea del equipo (KoboToolbox, Google Forms): su código QR aparece en la diapositiva de la encuesta de una visita virtual.</translation>
    </message>
    <message>
        <source>The two PINs differ. Type the same PIN twice.</source>
        <translation>Los dos PIN no coinciden. Escribe el mismo PIN dos veces.</translation>
    </message>
    <message>
        <source>The two new PINs differ. Type the same PIN twice.</source>
        <translation>Los dos PIN nuevos no coinciden. Escribe el mismo PIN dos veces.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Las dos frases de contraseña no coinciden.</translation>
    </message>
    <message>
        <source>The visit is closed, but {warning}</source>
        <translation>La visita está cerrada, pero {warning}</translation>
    </message>
    <message>
        <source>The visit is created.</source>
        <translation>La visita está creada.</translation>
    </message>
    <message>
        <source>The visit to {school} — {group} is closed. Reopen it to start the kiosk.</source>
        <translation>La visita a {school} — {group} está cerrada. Vuelve a abrirla para iniciar el quiosco.</translation>
    </message>
    <message>
        <source>The visit to {school} — {group} is dated {date}, not today ({today}).

Answers and sign-ups collected now are filed under the visit&apos;s date. Move the visit to today first?</source>
        <translation>La visita a {school} — {group} tiene fecha {date}, y hoy es {today}.

Las respuestas y las inscripciones que se recojan ahora se guardan con la fecha de la visita. ¿Mover primero la visita a hoy?</translation>
    </message>
    <message>
        <source>The visit to {visit} has no survey: choose one with Edit visit first.</source>
        <translation>La visita a {visit} no tiene encuesta: primero elige una con Editar visita.</translation>
    </message>
    <message>
        <source>The visit to {visit} has no survey: choose one with Edit visit, then print its answer sheets.</source>
        <translation>La visita a {visit} no tiene encuesta: elige una con Editar visita y luego imprime sus hojas de respuestas.</translation>
    </message>
    <message>
        <source>The writing box as written</source>
        <translation>El recuadro tal como está escrito</translation>
    </message>
    <message>
        <source>These columns are survey {other}&apos;s, not this visit&apos;s survey {survey}. Nothing will be imported.</source>
        <translation>Estas columnas son de la encuesta {other}, no de la encuesta de esta visita ({survey}). No se importará nada.</translation>
    </message>
    <message>
        <source>This bundle was already merged; nothing changed.</source>
        <translation>Este paquete ya se había fusionado; no cambió nada.</translation>
    </message>
    <message numerus="yes">
        <source>This database holds %n sign-up(s) in plain text from an older version of SOS Desktop. They will be sealed now.</source>
        <translation>
            <numerusform>Esta base de datos tiene %n inscripción sin cifrar de una versión anterior de SOS Desktop. Se cifrará ahora.</numerusform>
            <numerusform>Esta base de datos tiene %n inscripciones sin cifrar de una versión anterior de SOS Desktop. Se cifrarán ahora.</numerusform>
        </translation>
    </message>
    <message>
        <source>This deck cannot be shown</source>
        <translation>Esta presentación no se puede mostrar</translation>
    </message>
    <message>
        <source>This is a very common password.</source>
        <translation>Es una contraseña muy común.</translation>
    </message>
    <message>
        <source>This is one of the 10 most common passwords.</source>
        <translation>Es una de las 10 contraseñas más comunes.</translation>
    </message>
    <message>
        <source>This is one of the 100 most common passwords.</source>
        <translation>Es una de las 100 contraseñas más comunes.</translation>
    </message>
    <message>
        <source>This is similar to a commonly used password.</source>
        <translation>Se parece a una contraseña muy usada.</translation>
    </message>
    <message>
        <source>This laptop joined {organization} with the public key only: sign-ups are opened on the organizer&apos;s laptop.</source>
        <translation>Esta computadora se unió a {organization} solo con la clave pública: las inscripciones se abren en la computadora del organizador/a.</translation>
    </message>
    <message>
        <source>This laptop signs its bundles with key {fingerprint}.</source>
        <translation>Esta computadora firma sus paquetes con la clave {fingerprint}.</translation>
    </message>
    <message>
        <source>This laptop&apos;s key card</source>
        <translation>Tarjeta de clave de esta computadora</translation>
    </message>
    <message>
        <source>This passphrase is too easy to guess.</source>
        <translation>Esta frase de contraseña es demasiado fácil de adivinar.</translation>
    </message>
    <message>
        <source>This picture could not be read</source>
        <translation>No se pudo leer esta imagen</translation>
    </message>
    <message>
        <source>This question on the sheet</source>
        <translation>Esta pregunta en la hoja</translation>
    </message>
    <message>
        <source>This sheet is not one this laptop can read.</source>
        <translation>Esta computadora no puede leer esta hoja.</translation>
    </message>
    <message>
        <source>This sheet of survey {key}, version {version}, matches no version on this laptop.</source>
        <translation>Esta hoja de la encuesta {key}, versión {version}, no coincide con ninguna versión de esta computadora.</translation>
    </message>
    <message>
        <source>This sheet was counted before; it is not counted again.</source>
        <translation>Esta hoja ya se contó; no se cuenta otra vez.</translation>
    </message>
    <message>
        <source>This visit is over video but has no online form address (in the visit or in Settings): its survey slide will show the slide only.</source>
        <translation>Esta visita es virtual pero no tiene la dirección de un formulario en línea (en la visita o en Configuración): la diapositiva de la encuesta mostrará solo la diapositiva.</translation>
    </message>
    <message>
        <source>This visit&apos;s talk opens the survey kiosk at the survey slide. Set the organizer PIN now, so it is not asked for in front of the class.</source>
        <translation>La charla de esta visita abre el quiosco de la encuesta en la diapositiva de la encuesta. Define ahora el PIN de organizador/a, para que no se pida frente a la clase.</translation>
    </message>
    <message>
        <source>Time</source>
        <comment>clock</comment>
        <translation>Hora</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong tries. Try again in %n second(s).</source>
        <translation>
            <numerusform>Demasiados intentos fallidos. Vuelve a intentarlo en %n segundo.</numerusform>
            <numerusform>Demasiados intentos fallidos. Vuelve a intentarlo en %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Turn it over</source>
        <translation>Dale la vuelta</translation>
    </message>
    <message>
        <source>Type exactly what it says. Leave out anything that names a person.</source>
        <translation>Escribe exactamente lo que dice. Omite todo lo que nombre a una persona.</translation>
    </message>
    <message>
        <source>Type the current PIN, then the new PIN (4 to 12 digits) twice.</source>
        <translation>Escribe el PIN actual y luego el PIN nuevo (de 4 a 12 dígitos) dos veces.</translation>
    </message>
    <message>
        <source>Type up writing boxes</source>
        <translation>Transcribir recuadros de escritura</translation>
    </message>
    <message>
        <source>Type what the box says, or choose “Nothing written or unreadable”.</source>
        <translation>Escribe lo que dice el recuadro, o elige «Nada escrito o ilegible».</translation>
    </message>
    <message>
        <source>Typed-up &amp;paper surveys (CSV)…</source>
        <translation>&amp;Encuestas en papel transcritas (CSV)…</translation>
    </message>
    <message>
        <source>Typed-up &amp;sign-in sheet (CSV)…</source>
        <translation>&amp;Hoja de registro transcrita (CSV)…</translation>
    </message>
    <message>
        <source>Typed-up form</source>
        <translation>Formulario para transcribir</translation>
    </message>
    <message>
        <source>Typed-up form for a dead laptop, &amp;English (PDF)…</source>
        <translation>Formulario para transcribir si falla la computadora, en in&amp;glés (PDF)…</translation>
    </message>
    <message>
        <source>Typed-up form for a dead laptop, españo&amp;l (PDF)…</source>
        <translation>Formulario para transcribir si falla la computadora, en españo&amp;l (PDF)…</translation>
    </message>
    <message>
        <source>Typed-up paper surveys</source>
        <translation>Encuestas en papel transcritas</translation>
    </message>
    <message>
        <source>Typed-up sign-in sheet</source>
        <translation>Hoja de registro transcrita</translation>
    </message>
    <message>
        <source>UTF-8 BOM, for Excel</source>
        <translation>BOM UTF-8, para Excel</translation>
    </message>
    <message>
        <source>Up to {count} characters.</source>
        <translation>Hasta {count} caracteres.</translation>
    </message>
    <message>
        <source>Upload the XLSForm to KoboToolbox (or another XLSForm tool) to run the same survey online, in English and Spanish. Its answers come back with Import → Online answers, into the visit they were given at.</source>
        <translation>Sube el XLSForm a KoboToolbox (u otra herramienta XLSForm) para hacer la misma encuesta en línea, en inglés y en español. Sus respuestas vuelven con Importar → Respuestas en línea, a la visita en la que se dieron.</translation>
    </message>
    <message>
        <source>Use a few words, avoid common phrases.</source>
        <translation>Usa unas cuantas palabras y evita las frases comunes.</translation>
    </message>
    <message>
        <source>Use a longer keyboard pattern with more turns.</source>
        <translation>Usa un patrón de teclado más largo y con más giros.</translation>
    </message>
    <message>
        <source>Use built-in</source>
        <translation>Usar la incluida</translation>
    </message>
    <message>
        <source>Use the built-in deck</source>
        <translation>Usar la presentación incluida</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visita</translation>
    </message>
    <message>
        <source>Visit closed</source>
        <translation>Visita cerrada</translation>
    </message>
    <message>
        <source>Visit created: {school} — {group}</source>
        <translation>Visita creada: {school} — {group}</translation>
    </message>
    <message>
        <source>Visit reopened</source>
        <translation>Visita reabierta</translation>
    </message>
    <message>
        <source>Visit report</source>
        <translation>Informe de la visita</translation>
    </message>
    <message>
        <source>Visit saved</source>
        <translation>Visita guardada</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visitas</translation>
    </message>
    <message>
        <source>Welcome to SOS Desktop</source>
        <translation>Te damos la bienvenida a SOS Desktop</translation>
    </message>
    <message>
        <source>What it becomes</source>
        <translation>En qué se convierte</translation>
    </message>
    <message>
        <source>What it says</source>
        <translation>Lo que dice</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Why it needs you: {reason}</source>
        <translation>Por qué te necesita: {reason}</translation>
    </message>
    <message>
        <source>Without a touch for this long, the kiosk counts down 15 seconds and clears the form for the next student.</source>
        <translation>Si nadie lo toca durante este tiempo, el quiosco cuenta 15 segundos hacia atrás y borra el formulario para el próximo estudiante.</translation>
    </message>
    <message>
        <source>Without them the report gives only how many signed up. With them it asks for the passphrase: keep the PDF as private as the CRM.</source>
        <translation>Sin ellos, el informe solo dice cuántas personas se inscribieron. Con ellos pide la frase de contraseña: guarda el PDF con la misma privacidad que el CRM.</translation>
    </message>
    <message>
        <source>Write this recovery key down or print it, and keep it away from the laptop. It is shown only now. If the passphrase and this key are both lost, the contact details on this laptop are gone for good.</source>
        <translation>Anota o imprime esta clave de recuperación y guárdala lejos de la computadora. Solo se muestra ahora. Si se pierden la frase de contraseña y esta clave, los datos de contacto de esta computadora se pierden para siempre.</translation>
    </message>
    <message>
        <source>Writing boxes to type up: {count}</source>
        <translation>Recuadros por transcribir: {count}</translation>
    </message>
    <message>
        <source>Writing the answer sheets…</source>
        <translation>Escribiendo las hojas de respuestas…</translation>
    </message>
    <message>
        <source>Writing the bundle…</source>
        <translation>Escribiendo el paquete…</translation>
    </message>
    <message>
        <source>Writing the season report…</source>
        <translation>Escribiendo el informe de la temporada…</translation>
    </message>
    <message>
        <source>Writing the sign-in sheet…</source>
        <translation>Escribiendo la hoja de registro…</translation>
    </message>
    <message>
        <source>Writing the typed-up form…</source>
        <translation>Escribiendo el formulario para transcribir…</translation>
    </message>
    <message>
        <source>Writing the visit report…</source>
        <translation>Escribiendo el informe de la visita…</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. %n more attempt(s) before a pause.</source>
        <translation>
            <numerusform>PIN incorrecto. Te queda %n intento antes de una pausa.</numerusform>
            <numerusform>PIN incorrecto. Te quedan %n intentos antes de una pausa.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong passphrase</source>
        <translation>Frase de contraseña incorrecta</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n answer sheet(s) for {visit} ({pages}) to:
{path}</source>
        <translation>
            <numerusform>Se escribió %n hoja de respuestas para {visit} ({pages}) en:
{path}</numerusform>
            <numerusform>Se escribieron %n hojas de respuestas para {visit} ({pages}) en:
{path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n record(s) to {path}.</source>
        <translation>
            <numerusform>Se escribió %n registro en {path}.</numerusform>
            <numerusform>Se escribieron %n registros en {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n response(s) to {path}
Codebook: {codebook}</source>
        <translation>
            <numerusform>Se escribió %n respuesta en {path}
Libro de códigos: {codebook}</numerusform>
            <numerusform>Se escribieron %n respuestas en {path}
Libro de códigos: {codebook}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n sign-up(s) to {path}.</source>
        <translation>
            <numerusform>Se escribió %n inscripción en {path}.</numerusform>
            <numerusform>Se escribieron %n inscripciones en {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote the season report to {path} ({pages}).</source>
        <translation>Se escribió el informe de la temporada en {path} ({pages}).</translation>
    </message>
    <message>
        <source>Wrote the sign-in sheet to {path} ({pages}).</source>
        <translation>Se escribió la hoja de registro en {path} ({pages}).</translation>
    </message>
    <message>
        <source>Wrote the typed-up form to {path} ({pages}). It cannot be scanned: type the answers up and bring them in with Import → Typed-up paper surveys (CSV)…. Answer sheets to scan come from Paper → Print answer sheets….</source>
        <translation>Se escribió el formulario para transcribir en {path} ({pages}). No se puede escanear: transcribe las respuestas e introdúcelas con Importar → Encuestas en papel transcritas (CSV)…. Las hojas de respuestas para escanear se imprimen en Papel → Imprimir hojas de respuestas….</translation>
    </message>
    <message>
        <source>Wrote the visit report to {path} ({pages}).</source>
        <translation>Se escribió el informe de la visita en {path} ({pages}).</translation>
    </message>
    <message>
        <source>Wrote {path}. Carry it to the organizer, who registers it and should see the same key: {fingerprint}</source>
        <translation>Se escribió {path}. Llévala al/a la organizador/a, que la registra y debería ver la misma clave: {fingerprint}</translation>
    </message>
    <message>
        <source>XLSForm ({pattern})</source>
        <translation>XLSForm ({pattern})</translation>
    </message>
    <message>
        <source>YAML ({pattern})</source>
        <translation>YAML ({pattern})</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <source>You can change it later in Settings (Ctrl+,).</source>
        <translation>Puedes cambiarlo más tarde en Configuración (Ctrl+,).</translation>
    </message>
    <message>
        <source>Your first visit</source>
        <translation>Tu primera visita</translation>
    </message>
    <message>
        <source>`.` only makes sense in a constraint; name the question with ${{key}}</source>
        <translation>`.` solo tiene sentido en una restricción (constraint); nombra la pregunta con ${{key}}</translation>
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
        <source>a blank sheet: nothing stored</source>
        <translation>una hoja en blanco: no se guardó nada</translation>
    </message>
    <message>
        <source>a choice question needs a list of at least 2 choices</source>
        <translation>una pregunta de opciones necesita una lista de al menos 2 opciones</translation>
    </message>
    <message>
        <source>a laptop before per-laptop keys</source>
        <translation>una computadora de antes de las claves por computadora</translation>
    </message>
    <message>
        <source>a mark beside the circles, none in them</source>
        <translation>una marca junto a los círculos, ninguna en ellos</translation>
    </message>
    <message>
        <source>a note cannot be required</source>
        <translation>una nota no puede ser obligatoria (required)</translation>
    </message>
    <message>
        <source>a note kept with the mark</source>
        <translation>una nota que se guarda con la marca</translation>
    </message>
    <message>
        <source>a range must be start={low} end={high} (step=1)</source>
        <translation>un range debe ser start={low} end={high} (step=1)</translation>
    </message>
    <message>
        <source>a review answers exactly the questions under review (missing: {missing}; not asked: {extra})</source>
        <translation>una revisión responde exactamente las preguntas en revisión (faltan: {missing}; no preguntadas: {extra})</translation>
    </message>
    <message>
        <source>a sealed sign-up does not hold contact fields</source>
        <translation>una inscripción cifrada no contiene campos de contacto</translation>
    </message>
    <message>
        <source>a sealed sign-up does not hold the expected contact fields</source>
        <translation>una inscripción cifrada no contiene los campos de contacto esperados</translation>
    </message>
    <message>
        <source>a sealed sign-up does not open with this organization&apos;s key (sealed for another organization, or damaged)</source>
        <translation>una inscripción cifrada no se abre con la clave de esta organización (se cifró para otra organización o está dañada)</translation>
    </message>
    <message>
        <source>a sealed sign-up has an unknown format</source>
        <translation>una inscripción cifrada tiene un formato desconocido</translation>
    </message>
    <message>
        <source>a second column for {key}</source>
        <translation>una segunda columna para {key}</translation>
    </message>
    <message>
        <source>a second column for {question}</source>
        <translation>una segunda columna para {question}</translation>
    </message>
    <message>
        <source>a sheet of survey {key}, but this visit uses {expected}</source>
        <translation>una hoja de la encuesta {key}, pero esta visita usa {expected}</translation>
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
        <source>a visit no longer on this laptop</source>
        <translation>una visita que ya no está en esta computadora</translation>
    </message>
    <message>
        <source>a visit&apos;s live, anonymous results</source>
        <translation>los resultados anónimos en vivo de una visita</translation>
    </message>
    <message>
        <source>a {type} question takes no choices</source>
        <translation>una pregunta {type} no lleva opciones</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>aceptada</translation>
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
        <source>already read</source>
        <translation>ya leída</translation>
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
        <source>an answer is not JSON ({detail})</source>
        <translation>una respuesta no es JSON ({detail})</translation>
    </message>
    <message>
        <source>an email or a phone number is required</source>
        <translation>se necesita un correo electrónico o un número de teléfono</translation>
    </message>
    <message>
        <source>another program has the database open, so the file could not be rewritten to hide the order students answered in; close that program: it is done at the next start</source>
        <translation>otro programa tiene abierta la base de datos, así que no se pudo reescribir el archivo para ocultar el orden en que contestaron los estudiantes; cierre ese programa: se hará en el próximo inicio</translation>
    </message>
    <message>
        <source>another program is using the database: close other SOS Desktop windows and try again</source>
        <translation>otro programa está usando la base de datos: cierra las otras ventanas de SOS Desktop y vuelve a intentarlo</translation>
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
        <translation>para responder en papel hace falta una encuesta; elige una</translation>
    </message>
    <message>
        <source>answers dropped by skip rules: {n}</source>
        <translation>respuestas descartadas por reglas de salto: {n}</translation>
    </message>
    <message>
        <source>answers {question}</source>
        <translation>responde {question}</translation>
    </message>
    <message>
        <source>answers {question} (choice {choice})</source>
        <translation>responde {question} (opción {choice})</translation>
    </message>
    <message>
        <source>appearance {appearance} is not supported here</source>
        <translation>aquí no se admite la appearance {appearance}</translation>
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
        <source>at the end</source>
        <translation>al final</translation>
    </message>
    <message>
        <source>at {token} (character {at})</source>
        <translation>en {token} (carácter {at})</translation>
    </message>
    <message>
        <source>backup written to {path}</source>
        <translation>copia de seguridad escrita en {path}</translation>
    </message>
    <message>
        <source>blank</source>
        <translation>en blanco</translation>
    </message>
    <message>
        <source>blank sheets (nothing stored): {n}</source>
        <translation>hojas en blanco (no se guardó nada): {n}</translation>
    </message>
    <message>
        <source>built-in SOS classroom talk</source>
        <translation>charla SOS incluida para el salón de clases</translation>
    </message>
    <message>
        <source>bundle</source>
        <translation>el paquete</translation>
    </message>
    <message>
        <source>bundle {bundle} was already imported; nothing changed</source>
        <translation>el paquete {bundle} ya estaba importado; no cambió nada</translation>
    </message>
    <message>
        <source>bundle {path}: cannot read ({reason})</source>
        <translation>paquete {path}: no se puede leer ({reason})</translation>
    </message>
    <message>
        <source>bundle {path}: no such file</source>
        <translation>paquete {path}: no existe el archivo</translation>
    </message>
    <message>
        <source>bundle {path}: {name} has over {most} records</source>
        <translation>paquete {path}: {name} tiene más de {most} registros</translation>
    </message>
    <message>
        <source>bundle {path}: {reason}; nothing was imported</source>
        <translation>paquete {path}: {reason}; no se importó nada</translation>
    </message>
    <message>
        <source>bundle {path}: {where} is over {limit} MB</source>
        <translation>paquete {path}: {where} pasa de {limit} MB</translation>
    </message>
    <message>
        <source>bundles are for the organization&apos;s laptops: set a passphrase (`sos-desktop keys init`) or join (`keys join FILE`) first</source>
        <translation>los paquetes son para las computadoras de la organización: primero define una frase de contraseña (`sos-desktop keys init`) o únete (`keys join FILE`)</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>no se puede abrir &apos;%(filename)s&apos;: %(error)s</translation>
    </message>
    <message>
        <source>cannot be read: {problem}</source>
        <translation>no se puede leer: {problem}</translation>
    </message>
    <message>
        <source>cannot read {path}: {detail}</source>
        <translation>no se puede leer {path}: {detail}</translation>
    </message>
    <message>
        <source>cannot tell the language; write it like label::English (en) or label::Español (es)</source>
        <translation>no se sabe qué idioma es; escríbelo como label::English (en) o label::Español (es)</translation>
    </message>
    <message>
        <source>cannot write the backup: the folder {folder} is not there (a USB stick taken out?)</source>
        <translation>no se puede escribir la copia de seguridad: la carpeta {folder} ya no está (¿se sacó una memoria USB?)</translation>
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
    <message>
        <source>cannot write {path}: {detail}</source>
        <translation>no se puede escribir {path}: {detail}</translation>
    </message>
    <message>
        <source>channel {channel} is not one of {channels}</source>
        <translation>el canal {channel} no es uno de {channels}</translation>
    </message>
    <message numerus="yes">
        <source>check by hand: {name} appears %n times with different contacts</source>
        <translation>
            <numerusform>revisa a mano: {name} aparece %n vez con contactos distintos</numerusform>
            <numerusform>revisa a mano: {name} aparece %n veces con contactos distintos</numerusform>
        </translation>
    </message>
    <message>
        <source>choice key must be letters, digits, _ . or - (no spaces)</source>
        <translation>la clave de una opción debe tener letras, dígitos, _ . o - (sin espacios)</translation>
    </message>
    <message>
        <source>choice key {key} is used twice</source>
        <translation>la clave de opción {key} se usa dos veces</translation>
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
        <source>column appears twice</source>
        <translation>la columna aparece dos veces</translation>
    </message>
    <message>
        <source>column {header} is not supported</source>
        <translation>no se admite la columna {header}</translation>
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
        <source>constraint must be a mapping such as {{min: 13, max: 19, message: ...}}</source>
        <translation>constraint debe ser un mapa como {{min: 13, max: 19, message: ...}}</translation>
    </message>
    <message>
        <source>contact details are only collected from people 13 or older</source>
        <translation>solo se recogen datos de contacto de personas de 13 años o más</translation>
    </message>
    <message>
        <source>could not create the data folder for {path}</source>
        <translation>no se pudo crear la carpeta de datos para {path}</translation>
    </message>
    <message>
        <source>could not keep the current database before restoring: {reason}; nothing was changed</source>
        <translation>no se pudo guardar la base de datos actual antes de restaurar: {reason}; no se cambió nada</translation>
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
        <source>could not work with {path}</source>
        <translation>no se pudo trabajar con {path}</translation>
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
        <source>created_at or updated_at is not a time</source>
        <translation>created_at o updated_at no es una hora</translation>
    </message>
    <message>
        <source>crossed-out bubble</source>
        <translation>burbuja tachada</translation>
    </message>
    <message>
        <source>data folder (default: the user data folder)</source>
        <translation>carpeta de datos (por defecto: la carpeta de datos del usuario)</translation>
    </message>
    <message>
        <source>database {path} has no device id: run `sos-desktop check`</source>
        <translation>la base de datos {path} no tiene id de dispositivo: ejecuta `sos-desktop check`</translation>
    </message>
    <message>
        <source>database {path} is damaged ({detail}); nothing was saved</source>
        <translation>la base de datos {path} está dañada ({detail}); no se guardó nada</translation>
    </message>
    <message>
        <source>database {path} is damaged or not a database ({detail}); restore a backup or move the file away</source>
        <translation>la base de datos {path} está dañada o no es una base de datos ({detail}); restaura una copia de seguridad o mueve el archivo a otro lugar</translation>
    </message>
    <message>
        <source>database {path} was written by a newer SOS Desktop (schema {revision}; this version knows up to {head}); update the app, the file was not changed</source>
        <translation>la base de datos {path} la escribió un SOS Desktop más nuevo (esquema {revision}; esta versión conoce hasta {head}); actualiza la aplicación, el archivo no se cambió</translation>
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
        <source>does not look like a name</source>
        <translation>no parece un nombre</translation>
    </message>
    <message>
        <source>dropped for anonymity, never stored: {columns}</source>
        <translation>descartadas por anonimato, nunca guardadas: {columns}</translation>
    </message>
    <message>
        <source>e.g. 3rd period Civics, Black Student Union</source>
        <translation>p. ej., Cívica de 3.er período, Black Student Union</translation>
    </message>
    <message>
        <source>e.g. Wilbur Cross High School</source>
        <translation>p. ej., Wilbur Cross High School</translation>
    </message>
    <message>
        <source>e.g. https://ee.kobotoolbox.org/x/…</source>
        <translation>p. ej., https://ee.kobotoolbox.org/x/…</translation>
    </message>
    <message>
        <source>each choice is a mapping with key and label only</source>
        <translation>cada opción es un mapa con solo key y label</translation>
    </message>
    <message>
        <source>each question must be a mapping with key, type and label</source>
        <translation>cada pregunta debe ser un mapa con key, type y label</translation>
    </message>
    <message>
        <source>empty: the form in Settings; or https://ee.kobotoolbox.org/x/…</source>
        <translation>vacío: el formulario de Configuración; o https://ee.kobotoolbox.org/x/…</translation>
    </message>
    <message>
        <source>every sign-up, exported before or not</source>
        <translation>todas las inscripciones, exportadas antes o no</translation>
    </message>
    <message>
        <source>expected ${{question}} or . {place}</source>
        <translation>se esperaba ${{question}} o . {place}</translation>
    </message>
    <message>
        <source>expected a quoted value or a whole number {place}</source>
        <translation>se esperaba un valor entre comillas o un número entero {place}</translation>
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
        <source>expected {wanted} {place}</source>
        <translation>se esperaba {wanted} {place}</translation>
    </message>
    <message>
        <source>export bookkeeping: ignored</source>
        <translation>datos internos de la exportación: se ignoran</translation>
    </message>
    <message>
        <source>export data as CSV</source>
        <translation>exporta datos como CSV</translation>
    </message>
    <message>
        <source>export receipt id {id} is ambiguous; give more characters</source>
        <translation>el id de recibo de exportación {id} es ambiguo; escribe más caracteres</translation>
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
        <source>exported: {key} version {version} to {file}</source>
        <translation>exportada: {key} versión {version} a {file}</translation>
    </message>
    <message>
        <source>fields are not in the form the app stores</source>
        <translation>los campos no están en la forma en que la aplicación los guarda</translation>
    </message>
    <message>
        <source>font {name} not found in {folders}; reinstall SOS Desktop</source>
        <translation>no se encontró la fuente {name} en {folders}; vuelve a instalar SOS Desktop</translation>
    </message>
    <message>
        <source>for {visit}</source>
        <translation>para {visit}</translation>
    </message>
    <message>
        <source>format version {found} is not {expected}; update SOS Desktop on both laptops</source>
        <translation>la versión de formato {found} no es {expected}; actualiza SOS Desktop en las dos computadoras</translation>
    </message>
    <message>
        <source>frames looked at: {n}</source>
        <translation>imágenes revisadas: {n}</translation>
    </message>
    <message>
        <source>frames not read because of an error (named above): {n}</source>
        <translation>imágenes no leídas por un error (indicadas arriba): {n}</translation>
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
        <source>groups inside groups are not supported</source>
        <translation>no se admiten grupos dentro de grupos</translation>
    </message>
    <message>
        <source>how the class answers the survey (paper: the kiosk only signs up)</source>
        <translation>cómo responde la clase la encuesta (paper: el quiosco solo inscribe)</translation>
    </message>
    <message>
        <source>how the organizer will see this laptop (default: its computer name)</source>
        <translation>cómo verá el/la organizador/a esta computadora (por omisión: su nombre de equipo)</translation>
    </message>
    <message>
        <source>identifies a person: dropped, never stored</source>
        <translation>identifica a una persona: se descarta, nunca se guarda</translation>
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
        <source>imported %n online response(s)</source>
        <translation>
            <numerusform>se importó %n respuesta en línea</numerusform>
            <numerusform>se importaron %n respuestas en línea</numerusform>
        </translation>
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
        <source>is not a survey on this laptop</source>
        <translation>no es una encuesta de esta computadora</translation>
    </message>
    <message>
        <source>is not a valid email address</source>
        <translation>no es un correo electrónico válido</translation>
    </message>
    <message>
        <source>is not a valid email address: check its dots and hyphens</source>
        <translation>no es un correo electrónico válido: revisa sus puntos y guiones</translation>
    </message>
    <message>
        <source>is not a valid email address: it has characters an address cannot have</source>
        <translation>no es un correo electrónico válido: tiene caracteres que una dirección no puede tener</translation>
    </message>
    <message>
        <source>is not a valid email address: the part after the @-sign should be like example.org</source>
        <translation>no es un correo electrónico válido: la parte después de la @ debería ser como example.org</translation>
    </message>
    <message>
        <source>is not a valid phone number</source>
        <translation>no es un número de teléfono válido</translation>
    </message>
    <message>
        <source>is not an email address: it has no @-sign</source>
        <translation>no es un correo electrónico: no tiene @</translation>
    </message>
    <message>
        <source>is not an email address: nothing is after the @-sign</source>
        <translation>no es un correo electrónico: no hay nada después de la @</translation>
    </message>
    <message>
        <source>is not an email address: nothing is before the @-sign</source>
        <translation>no es un correo electrónico: no hay nada antes de la @</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>es obligatorio</translation>
    </message>
    <message>
        <source>is too long for an email address</source>
        <translation>es demasiado largo para un correo electrónico</translation>
    </message>
    <message>
        <source>it comes from the organization {theirs}, not {ours}</source>
        <translation>viene de la organización {theirs}, no de {ours}</translation>
    </message>
    <message>
        <source>it has no slides (the file is empty or only separators)</source>
        <translation>no tiene diapositivas (el archivo está vacío o solo tiene separadores)</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>es una carpeta, no un archivo</translation>
    </message>
    <message>
        <source>it is named .pdf but is not a PDF file (damaged or renamed?)</source>
        <translation>se llama .pdf pero no es un archivo PDF (¿dañado o renombrado?)</translation>
    </message>
    <message>
        <source>it is not UTF-8 text (bad byte at position {at})</source>
        <translation>no es texto UTF-8 (byte incorrecto en la posición {at})</translation>
    </message>
    <message>
        <source>it is not signed</source>
        <translation>no está firmado</translation>
    </message>
    <message>
        <source>it is signed by laptop {name} (key {fingerprint}), revoked on {time}</source>
        <translation>lo firma la computadora {name} (clave {fingerprint}), revocada el {time}</translation>
    </message>
    <message>
        <source>it is signed by laptop {name} with key {fingerprint}, which is not registered here (if it is one of your team laptops, run `sos-desktop keys signing-key FILE` on it and `sos-desktop keys register FILE` here)</source>
        <translation>lo firma la computadora {name} con la clave {fingerprint}, que no está registrada aquí (si es una de las computadoras de tu equipo, ejecuta `sos-desktop keys signing-key FILE` en ella y `sos-desktop keys register FILE` aquí)</translation>
    </message>
    <message>
        <source>it was made with the organization&apos;s shared bundle key of older versions, which anyone holding a team laptop&apos;s files could use, so it is no longer accepted: update SOS Desktop on that laptop, register it here (`sos-desktop keys signing-key FILE` there, `sos-desktop keys register FILE` here) and export the bundle again</source>
        <translation>se hizo con la clave de paquetes compartida de versiones anteriores, que cualquiera con los archivos de una computadora del equipo podía usar, así que ya no se acepta: actualiza SOS Desktop en esa computadora, regístrala aquí (`sos-desktop keys signing-key FILE` allá, `sos-desktop keys register FILE` aquí) y vuelve a exportar el paquete</translation>
    </message>
    <message>
        <source>its contact does not open ({detail})</source>
        <translation>su contacto no se abre ({detail})</translation>
    </message>
    <message>
        <source>its name or key fingerprint (see `keys list`)</source>
        <translation>su nombre o la huella de su clave (ver `keys list`)</translation>
    </message>
    <message>
        <source>its signature does not match laptop {name} (key {fingerprint}): altered after it was written</source>
        <translation>su firma no corresponde a la computadora {name} (clave {fingerprint}): se alteró después de escribirse</translation>
    </message>
    <message>
        <source>join the organization of an export-public file</source>
        <translation>únete a la organización de un archivo de export-public</translation>
    </message>
    <message>
        <source>key must be a letter or _ then letters, digits or _ (up to 64)</source>
        <translation>key debe empezar por una letra o _ y seguir con letras, dígitos o _ (hasta 64)</translation>
    </message>
    <message>
        <source>key must be lowercase letters, digits, - or _ (up to 64)</source>
        <translation>key debe tener letras minúsculas, dígitos, - o _ (hasta 64)</translation>
    </message>
    <message>
        <source>key or content hash does not match the definition</source>
        <translation>la clave o el hash del contenido no coincide con la definición</translation>
    </message>
    <message>
        <source>language of the labels</source>
        <translation>idioma de las etiquetas</translation>
    </message>
    <message>
        <source>language of the projected results (default: the terminal&apos;s)</source>
        <translation>idioma de los resultados proyectados (por defecto: el de la terminal)</translation>
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
        <source>language {language} is not in the survey&apos;s languages</source>
        <translation>el idioma {language} no está entre los idiomas de la encuesta</translation>
    </message>
    <message>
        <source>language {language} is not one of its survey&apos;s</source>
        <translation>el idioma {language} no es uno de los de su encuesta</translation>
    </message>
    <message>
        <source>languages must be a list such as [en, es]</source>
        <translation>languages debe ser una lista como [en, es]</translation>
    </message>
    <message>
        <source>languages must be distinct 2-3 letter codes such as en, es</source>
        <translation>languages deben ser códigos distintos de 2 o 3 letras como en, es</translation>
    </message>
    <message>
        <source>laptop key {fingerprint} ({name}) was revoked on {time} and stays revoked; on that laptop run `sos-desktop keys signing-key FILE --new-key`, then register the new file</source>
        <translation>la clave de computadora {fingerprint} ({name}) se revocó el {time} y sigue revocada; en esa computadora ejecuta `sos-desktop keys signing-key FILE --new-key` y luego registra el archivo nuevo</translation>
    </message>
    <message>
        <source>laptop {name} (key {fingerprint})</source>
        <translation>la computadora {name} (clave {fingerprint})</translation>
    </message>
    <message>
        <source>laptop {name} (key {fingerprint}) joined another organization; run `sos-desktop keys join FILE` on it with this laptop&apos;s `keys export-public` file first</source>
        <translation>la computadora {name} (clave {fingerprint}) se unió a otra organización; primero ejecuta en ella `sos-desktop keys join FILE` con el archivo `keys export-public` de esta computadora</translation>
    </message>
    <message>
        <source>laptop {name} was revoked or changed while the bundle was read; try again</source>
        <translation>la computadora {name} se revocó o cambió mientras se leía el paquete; vuelve a intentarlo</translation>
    </message>
    <message>
        <source>laptop {name}, key {fingerprint}, was already registered</source>
        <translation>la computadora {name}, clave {fingerprint}, ya estaba registrada</translation>
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
        <source>light or crossed out</source>
        <translation>tenue o tachada</translation>
    </message>
    <message>
        <source>light or partial mark</source>
        <translation>marca tenue o incompleta</translation>
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
        <source>list_name is empty</source>
        <translation>list_name está vacío</translation>
    </message>
    <message>
        <source>make this laptop a new bundle key (after a revocation)</source>
        <translation>crear una clave de paquetes nueva para esta computadora (tras una revocación)</translation>
    </message>
    <message>
        <source>malformed content ({detail})</source>
        <translation>contenido mal formado ({detail})</translation>
    </message>
    <message>
        <source>matches no question of this survey (by name or by its text in English or Spanish)</source>
        <translation>no corresponde a ninguna pregunta de esta encuesta (ni por su nombre ni por su texto en inglés o español)</translation>
    </message>
    <message>
        <source>matches no question: fix or remove the column</source>
        <translation>no corresponde a ninguna pregunta: corrige o quita la columna</translation>
    </message>
    <message>
        <source>matches several questions ({candidates}): rename the column</source>
        <translation>corresponde a varias preguntas ({candidates}): cambia el nombre de la columna</translation>
    </message>
    <message>
        <source>matches several questions: {questions}</source>
        <translation>corresponde a varias preguntas: {questions}</translation>
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
        <source>merged bundle {bundle} from laptop {name} (key {fingerprint}):</source>
        <translation>paquete {bundle} fusionado desde la computadora {name} (clave {fingerprint}):</translation>
    </message>
    <message>
        <source>min is larger than max</source>
        <translation>min es mayor que max</translation>
    </message>
    <message>
        <source>more choices marked than allowed</source>
        <translation>más opciones marcadas de las permitidas</translation>
    </message>
    <message>
        <source>must be 1 or 0 (or yes/no)</source>
        <translation>debe ser 1 o 0 (o sí/no)</translation>
    </message>
    <message>
        <source>must be 4 to 12 digits</source>
        <translation>debe tener de 4 a 12 dígitos</translation>
    </message>
    <message>
        <source>must be 6 to 12, college or other</source>
        <translation>debe ser de 6 a 12, college u other</translation>
    </message>
    <message>
        <source>must be English, Español or the computer&apos;s language</source>
        <translation>debe ser English, Español o el idioma de la computadora</translation>
    </message>
    <message>
        <source>must be a 5-digit US ZIP code</source>
        <translation>debe ser un código postal de EE. UU. de 5 dígitos</translation>
    </message>
    <message>
        <source>must be a date like 2026-10-14</source>
        <translation>debe ser una fecha como 2026-10-14</translation>
    </message>
    <message>
        <source>must be a web address like https://ee.kobotoolbox.org/x/abc123</source>
        <translation>debe ser una dirección web como https://ee.kobotoolbox.org/x/abc123</translation>
    </message>
    <message>
        <source>must be among {teams}</source>
        <translation>debe ser uno de estos: {teams}</translation>
    </message>
    <message>
        <source>must be at the kiosk, on paper, or both</source>
        <translation>debe ser en el quiosco, en papel o ambos</translation>
    </message>
    <message>
        <source>must be one of {languages}</source>
        <translation>debe ser uno de estos: {languages}</translation>
    </message>
    <message>
        <source>must be student, educator or ally</source>
        <translation>debe ser student, educator o ally</translation>
    </message>
    <message>
        <source>must be yes or no</source>
        <translation>debe ser sí o no</translation>
    </message>
    <message>
        <source>must be {low} to {high} minutes</source>
        <translation>debe ser de {low} a {high} minutos</translation>
    </message>
    <message>
        <source>must be {low} to {high} seconds</source>
        <translation>debe ser de {low} a {high} segundos</translation>
    </message>
    <message>
        <source>name@nhps.net</source>
        <translation>nombre@nhps.net</translation>
    </message>
    <message>
        <source>needs a phone number</source>
        <translation>necesita un número de teléfono</translation>
    </message>
    <message>
        <source>needs an email address</source>
        <translation>necesita un correo electrónico</translation>
    </message>
    <message>
        <source>needs consent to be contacted by email or by text at a detail it gives</source>
        <translation>necesita permiso para contactar por correo o por mensaje de texto a un dato que se dio</translation>
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
        <source>no answer sheet found (its four corner squares must be visible)</source>
        <translation>no se encontró una hoja de respuestas (sus cuatro cuadrados de las esquinas deben verse)</translation>
    </message>
    <message>
        <source>no choice list named {name} on the choices sheet</source>
        <translation>no hay ninguna lista de opciones llamada {name} en la hoja choices</translation>
    </message>
    <message>
        <source>no column answers a question of {survey}</source>
        <translation>ninguna columna responde a una pregunta de {survey}</translation>
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
        <source>no manifest (not an SOS Desktop bundle)</source>
        <translation>no tiene manifiesto (no es un paquete de SOS Desktop)</translation>
    </message>
    <message>
        <source>no open visit with a survey on {date}: choose one with --visit ID (sos-desktop visit list)</source>
        <translation>no hay ninguna visita abierta con encuesta el {date}: elige una con --visit ID (sos-desktop visit list)</translation>
    </message>
    <message>
        <source>no organization key on this laptop yet: set a passphrase first (`sos-desktop keys init`)</source>
        <translation>todavía no hay clave de la organización en esta computadora: elige primero una frase de contraseña (`sos-desktop keys init`)</translation>
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
        <source>no registered laptop named or with key {which}; see `sos-desktop keys list`</source>
        <translation>no hay ninguna computadora registrada con el nombre o la clave {which}; consulta `sos-desktop keys list`</translation>
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
        <source>no survey definition with id {id}</source>
        <translation>no hay ninguna definición de encuesta con id {id}</translation>
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
        <source>not a picture</source>
        <translation>no es una imagen</translation>
    </message>
    <message>
        <source>not a question of this survey</source>
        <translation>no es una pregunta de esta encuesta</translation>
    </message>
    <message>
        <source>not a readable .xlsx workbook ({detail})</source>
        <translation>no es un libro .xlsx que se pueda leer ({detail})</translation>
    </message>
    <message>
        <source>not a zip file or cut short (truncated copy?)</source>
        <translation>no es un archivo zip o está cortado (¿copia incompleta?)</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>no se permite junto con el argumento %s</translation>
    </message>
    <message>
        <source>not an SOS Desktop bundle</source>
        <translation>no es un paquete de SOS Desktop</translation>
    </message>
    <message>
        <source>not marked imported</source>
        <translation>sin marcar como importada</translation>
    </message>
    <message>
        <source>note {question}: nothing to store</source>
        <translation>nota {question}: nada que guardar</translation>
    </message>
    <message>
        <source>nothing marked on this side (dry run)</source>
        <translation>nada marcado en este lado (prueba)</translation>
    </message>
    <message>
        <source>nothing marked on this side: nothing stored</source>
        <translation>nada marcado en este lado: no se guardó nada</translation>
    </message>
    <message>
        <source>nothing new</source>
        <translation>nada nuevo</translation>
    </message>
    <message>
        <source>nothing to store from this page: {reason}</source>
        <translation>no hay nada que guardar de esta página: {reason}</translation>
    </message>
    <message>
        <source>nothing written</source>
        <translation>nada escrito</translation>
    </message>
    <message>
        <source>ok</source>
        <comment>check</comment>
        <translation>correcto</translation>
    </message>
    <message numerus="yes">
        <source>ok: {key} version {version}, %n question(s), languages {languages}</source>
        <translation>
            <numerusform>bien: {key} versión {version}, %n pregunta, idiomas {languages}</numerusform>
            <numerusform>bien: {key} versión {version}, %n preguntas, idiomas {languages}</numerusform>
        </translation>
    </message>
    <message>
        <source>on time</source>
        <translation>a tiempo</translation>
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
        <source>online export: show which question each column answers and what would be stored, store nothing</source>
        <translation>exportación en línea: muestra qué pregunta responde cada columna y qué se guardaría, sin guardar nada</translation>
    </message>
    <message>
        <source>only educators and adult allies request visits</source>
        <translation>solo los educadores y los adultos aliados piden visitas</translation>
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
        <source>only whole numbers are supported, got {number}</source>
        <translation>solo se admiten números enteros, y hay {number}</translation>
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
        <source>organizer laptop: accept bundles from the laptop of a signing-key file</source>
        <translation>computadora de organizador/a: aceptar paquetes de la computadora de un archivo de signing-key</translation>
    </message>
    <message>
        <source>over time</source>
        <translation>tiempo excedido</translation>
    </message>
    <message>
        <source>over video: the survey slide shows the online form&apos;s QR code</source>
        <translation>virtual: la diapositiva de la encuesta muestra el código QR del formulario en línea</translation>
    </message>
    <message>
        <source>page must be a short name: letters, digits or _</source>
        <translation>page debe ser un nombre corto: letras, dígitos o _</translation>
    </message>
    <message>
        <source>page {page} could not be drawn</source>
        <translation>no se pudo dibujar la página {page}</translation>
    </message>
    <message>
        <source>page {page} has no size</source>
        <translation>la página {page} no tiene tamaño</translation>
    </message>
    <message>
        <source>page {page} must be one run of consecutive questions</source>
        <translation>la página {page} debe ser una serie de preguntas seguidas</translation>
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
        <source>pages not read because of an error (named above): {n}</source>
        <translation>páginas no leídas por un error (indicadas arriba): {n}</translation>
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
        <source>parameters only apply to a range question</source>
        <translation>parameters solo se aplica a una pregunta range</translation>
    </message>
    <message>
        <source>part of the sheet is outside the picture</source>
        <translation>parte de la hoja queda fuera de la imagen</translation>
    </message>
    <message>
        <source>part of {table} could not be read at all: records that no index names may be missing</source>
        <translation>una parte de {table} no se pudo leer: pueden faltar registros que ningún índice nombra</translation>
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
        <translation>muestra una presentación PDF o Markdown (por defecto: la charla SOS incluida)</translation>
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
        <source>question key {key} is used twice</source>
        <translation>la clave de pregunta {key} se usa dos veces</translation>
    </message>
    <message>
        <source>question {key} is too long for one column of a sheet</source>
        <translation>la pregunta {key} es demasiado larga para una columna de la hoja</translation>
    </message>
    <message>
        <source>questions must be a non-empty list</source>
        <translation>questions debe ser una lista no vacía</translation>
    </message>
    <message>
        <source>read</source>
        <translation>leída</translation>
    </message>
    <message>
        <source>read (dry run: nothing stored)</source>
        <translation>leída (prueba: no se guardó nada)</translation>
    </message>
    <message>
        <source>read and report, store nothing</source>
        <translation>lee e informa, sin guardar nada</translation>
    </message>
    <message>
        <source>read and stored</source>
        <translation>leída y guardada</translation>
    </message>
    <message>
        <source>read answer sheets from scans (PDF), photos or the camera</source>
        <translation>lee hojas de respuestas de escaneos (PDF), fotos o la cámara</translation>
    </message>
    <message>
        <source>read as marked</source>
        <translation>leída como marcada</translation>
    </message>
    <message>
        <source>read sheets held up to the camera, in the Scan window (without --visit: today&apos;s open visit answering on paper). SOURCE: a camera number (0 = the first), or a recorded class to read again: a video file or a folder of frame images</source>
        <translation>leer hojas mostradas a la cámara, en la ventana Escanear (sin --visit: la visita abierta de hoy que responde en papel). SOURCE: un número de cámara (0 = la primera), o una clase grabada para leerla de nuevo: un archivo de video o una carpeta de imágenes</translation>
    </message>
    <message>
        <source>read; it waits for review</source>
        <translation>leída; espera revisión</translation>
    </message>
    <message>
        <source>read; now scan the other side</source>
        <translation>leída; ahora escanea el otro lado</translation>
    </message>
    <message>
        <source>reading the picture failed: {detail}</source>
        <translation>falló la lectura de la imagen: {detail}</translation>
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
    <message>
        <source>refuse every bundle from now on signed by a laptop&apos;s key</source>
        <translation>rechazar desde ahora todo paquete firmado con la clave de una computadora</translation>
    </message>
    <message>
        <source>registered laptop {name}, key {fingerprint}: check that the laptop&apos;s own screen showed the same key; its bundles are accepted from now on</source>
        <translation>computadora {name} registrada, clave {fingerprint}: comprueba que su propia pantalla mostró la misma clave; sus paquetes se aceptan desde ahora</translation>
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
        <source>reports are not written in {language}; they are in {languages}</source>
        <translation>los informes no se escriben en {language}; se escriben en {languages}</translation>
    </message>
    <message>
        <source>required column is missing</source>
        <translation>falta una columna obligatoria</translation>
    </message>
    <message>
        <source>required must be true or false</source>
        <translation>required debe ser true o false</translation>
    </message>
    <message>
        <source>required must be yes or no, got {value}</source>
        <translation>required debe ser yes o no, y dice {value}</translation>
    </message>
    <message>
        <source>responses stored: {n}</source>
        <translation>respuestas guardadas: {n}</translation>
    </message>
    <message>
        <source>restored {path}</source>
        <translation>se restauró {path}</translation>
    </message>
    <message>
        <source>revoked laptop {name}, key {fingerprint}: bundles it signs are refused from now on (what it sent before stays)</source>
        <translation>computadora {name} revocada, clave {fingerprint}: los paquetes que firme se rechazan desde ahora (lo que envió antes se queda)</translation>
    </message>
    <message>
        <source>revoked {time}</source>
        <translation>revocada {time}</translation>
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
        <source>saved from the damaged file: {table} {count}</source>
        <translation>guardado del archivo dañado: {table} {count}</translation>
    </message>
    <message>
        <source>scale (low/high labels) only goes on a scale question</source>
        <translation>scale (etiquetas low/high) solo va en una pregunta de escala</translation>
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
        <source>selected() needs a choice question, ${{{key}}} is {type}</source>
        <translation>selected() necesita una pregunta de opciones; ${{{key}}} es {type}</translation>
    </message>
    <message>
        <source>set the passphrase and print the recovery key</source>
        <translation>define la frase de contraseña e imprime la clave de recuperación</translation>
    </message>
    <message>
        <source>settings takes one row only</source>
        <translation>settings lleva una sola fila</translation>
    </message>
    <message>
        <source>sheet {sheet}&apos;s other page was read into another visit; scan both pages into the same visit</source>
        <translation>la otra página de la hoja {sheet} se leyó en otra visita; escanea ambas páginas en la misma visita</translation>
    </message>
    <message numerus="yes">
        <source>sheet(s) read and stored</source>
        <translation>
            <numerusform>hoja leída y guardada</numerusform>
            <numerusform>hojas leídas y guardadas</numerusform>
        </translation>
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
        <source>sign-in-sheet.pdf</source>
        <translation>hoja-de-registro.pdf</translation>
    </message>
    <message>
        <source>sign-up exports and whether they reached the CRM</source>
        <translation>exportaciones de inscripciones y si llegaron al CRM</translation>
    </message>
    <message>
        <source>sign-ups</source>
        <translation>inscripciones</translation>
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
    <message>
        <source>slide {number}: image {image} not found next to the deck</source>
        <translation>diapositiva {number}: no se encontró la imagen {image} junto a la presentación</translation>
    </message>
    <message numerus="yes">
        <source>sos-desktop: %n file(s) could not be read (named above) to the end; nothing past the problem was stored</source>
        <translation>
            <numerusform>sos-desktop: %n archivo no se pudo leer hasta el final (arriba se indica cuál); no se guardó nada después del problema</numerusform>
            <numerusform>sos-desktop: %n archivos no se pudieron leer hasta el final (arriba se indica cuáles); no se guardó nada después del problema</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>sos-desktop: %n record(s) of {table} could not be saved: {ids}</source>
        <translation>
            <numerusform>sos-desktop: %n registro de {table} no se pudo guardar: {ids}</numerusform>
            <numerusform>sos-desktop: %n registros de {table} no se pudieron guardar: {ids}</numerusform>
        </translation>
    </message>
    <message>
        <source>sos-desktop: interrupted; nothing was changed</source>
        <translation>sos-desktop: interrumpido; no se cambió nada</translation>
    </message>
    <message>
        <source>sos-desktop: part of {table} could not be read at all: records that no index names may be missing</source>
        <translation>sos-desktop: una parte de {table} no se pudo leer: pueden faltar registros que ningún índice nombra</translation>
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
    <message>
        <source>sos-desktop: {file} frame {frame}: not read: {reason}</source>
        <translation>sos-desktop: {file} imagen {frame}: no leída: {reason}</translation>
    </message>
    <message>
        <source>sos-desktop: {file} page {page}: not read: {reason}</source>
        <translation>sos-desktop: {file} página {page}: no leída: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>sos-desktop: {file}: %n column(s) to fix, nothing imported</source>
        <translation>
            <numerusform>sos-desktop: {file}: %n columna por corregir, no se importó nada</numerusform>
            <numerusform>sos-desktop: {file}: %n columnas por corregir, no se importó nada</numerusform>
        </translation>
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
    <message numerus="yes">
        <source>sos-desktop: {file}: and %n more row(s) not imported</source>
        <translation>
            <numerusform>sos-desktop: {file}: y %n fila más no importada</numerusform>
            <numerusform>sos-desktop: {file}: y %n filas más no importadas</numerusform>
        </translation>
    </message>
    <message>
        <source>sos-desktop: {file}: these columns are survey {other}&apos;s, not the visit&apos;s survey {survey}; nothing imported</source>
        <translation>sos-desktop: {file}: estas columnas son de la encuesta {other}, no de la encuesta de la visita ({survey}); no se importó nada</translation>
    </message>
    <message>
        <source>sos-desktop: {file}: {error}</source>
        <translation>sos-desktop: {file}: {error}</translation>
    </message>
    <message>
        <source>sos-desktop: {file}: {error} (not imported)</source>
        <translation>sos-desktop: {file}: {error} (no importada)</translation>
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
        <source>source {source} is not kiosk or import</source>
        <translation>el origen {source} no es kiosk ni import</translation>
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
        <source>submission id: recognises a second import, not stored</source>
        <translation>id del envío: reconoce una segunda importación, no se guarda</translation>
    </message>
    <message>
        <source>supported constraints: . &gt;= N, . &lt;= N, . &gt; N, . &lt; N, string-length(.) &lt;= N, count-selected(.) &lt;= N, joined with and</source>
        <translation>restricciones admitidas: . &gt;= N, . &lt;= N, . &gt; N, . &lt; N, string-length(.) &lt;= N, count-selected(.) &lt;= N, unidas con and</translation>
    </message>
    <message>
        <source>survey answers</source>
        <translation>respuestas de encuestas</translation>
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
        <source>survey key (see survey list)</source>
        <translation>clave de la encuesta (ver survey list)</translation>
    </message>
    <message>
        <source>survey key, or &apos;none&apos; (default: the one for the school, as in the visit window: Hillhouse and Wilbur Cross their own, others Settings&apos; default survey or nhps-other)</source>
        <translation>clave de la encuesta, o &apos;none&apos; (por defecto: la de la escuela, como en la ventana de la visita: Hillhouse y Wilbur Cross la suya, las demás la encuesta por defecto de Configuración o nhps-other)</translation>
    </message>
    <message>
        <source>survey {key} has no &apos;{language}&apos; text; it has {languages}</source>
        <translation>la encuesta {key} no tiene texto en &apos;{language}&apos;; tiene {languages}</translation>
    </message>
    <message>
        <source>survey {key} has no {language!r} version</source>
        <translation>la encuesta {key} no tiene versión {language!r}</translation>
    </message>
    <message>
        <source>survey {key} version {version} is already stored with other content; give the changed survey a new version number</source>
        <translation>la encuesta {key} versión {version} ya está guardada con otro contenido; dale a la encuesta cambiada un número de versión nuevo</translation>
    </message>
    <message>
        <source>survey {key} version {version} is not on this laptop (an unknown survey or version)</source>
        <translation>la encuesta {key} versión {version} no está en esta computadora (una encuesta o versión desconocida)</translation>
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
        <source>surveys</source>
        <translation>encuestas</translation>
    </message>
    <message>
        <source>surveys this laptop knows (built-in and imported)</source>
        <translation>encuestas que conoce esta computadora (incluidas e importadas)</translation>
    </message>
    <message>
        <source>team laptop: the file that registers this laptop&apos;s bundle key with the organizer</source>
        <translation>computadora del equipo: el archivo que registra la clave de paquetes de esta computadora con el/la organizador/a</translation>
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
        <source>that sheet is no longer waiting for review</source>
        <translation>esa hoja ya no está pendiente de revisión</translation>
    </message>
    <message>
        <source>that sheet&apos;s response is no longer stored</source>
        <translation>la respuesta de esa hoja ya no está guardada</translation>
    </message>
    <message>
        <source>that writing box is no longer waiting to be typed</source>
        <translation>ese recuadro de escritura ya no está pendiente de transcribir</translation>
    </message>
    <message>
        <source>that writing box&apos;s response is no longer stored</source>
        <translation>la respuesta de ese recuadro de escritura ya no está guardada</translation>
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
        <source>the PDF could not be opened (unknown problem)</source>
        <translation>el PDF no se pudo abrir (problema desconocido)</translation>
    </message>
    <message>
        <source>the PDF could not be opened ({detail})</source>
        <translation>no se pudo abrir el PDF ({detail})</translation>
    </message>
    <message>
        <source>the PDF could not be opened ({error})</source>
        <translation>el PDF no se pudo abrir ({error})</translation>
    </message>
    <message>
        <source>the PDF file to write</source>
        <translation>el archivo PDF que se escribe</translation>
    </message>
    <message>
        <source>the PDF has no pages</source>
        <translation>el PDF no tiene páginas</translation>
    </message>
    <message>
        <source>the PDF has no pages (damaged or truncated?)</source>
        <translation>el PDF no tiene páginas (¿dañado o cortado?)</translation>
    </message>
    <message>
        <source>the PDF is damaged or not a PDF</source>
        <translation>el PDF está dañado o no es un PDF</translation>
    </message>
    <message>
        <source>the PDF is damaged, truncated or not a PDF</source>
        <translation>el PDF está dañado o cortado, o no es un PDF</translation>
    </message>
    <message>
        <source>the PDF is empty or damaged</source>
        <translation>el PDF está vacío o dañado</translation>
    </message>
    <message>
        <source>the PDF is encrypted in a way that cannot be opened; export it again without protection</source>
        <translation>el PDF está cifrado de una forma que no se puede abrir; vuelve a exportarlo sin protección</translation>
    </message>
    <message>
        <source>the PDF is encrypted; scan it again without protection</source>
        <translation>el PDF está cifrado; escanéalo otra vez sin protección</translation>
    </message>
    <message>
        <source>the PDF is password-protected; export it again without a password</source>
        <translation>el PDF está protegido con contraseña; vuelve a exportarlo sin contraseña</translation>
    </message>
    <message>
        <source>the PDF is password-protected; scan it again without a password</source>
        <translation>el PDF está protegido con contraseña; escanéalo otra vez sin contraseña</translation>
    </message>
    <message>
        <source>the automatic backup failed: {reason}</source>
        <translation>la copia de seguridad automática falló: {reason}</translation>
    </message>
    <message>
        <source>the backup copy {path} failed its integrity check: {verdict}</source>
        <translation>la copia de seguridad {path} no pasó la comprobación de integridad: {verdict}</translation>
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
        <source>the bundles merged here: when, from which laptop, what they added</source>
        <translation>los paquetes fusionados aquí: cuándo, desde qué computadora, qué añadieron</translation>
    </message>
    <message>
        <source>the camera&apos;s frames read it differently</source>
        <translation>las imágenes de la cámara la leen de forma distinta</translation>
    </message>
    <message>
        <source>the code in the corner is not one of ours</source>
        <translation>el código de la esquina no es uno de los nuestros</translation>
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
        <source>the database is damaged: restore a backup (File → Restore a backup…)</source>
        <translation>la base de datos está dañada: restaura una copia de seguridad (Archivo → Restaurar una copia de seguridad…)</translation>
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
        <source>the expression is empty</source>
        <translation>la expresión está vacía</translation>
    </message>
    <message>
        <source>the expression is longer than {limit} characters</source>
        <translation>la expresión tiene más de {limit} caracteres</translation>
    </message>
    <message>
        <source>the expression is nested too deeply</source>
        <translation>la expresión tiene demasiados niveles anidados</translation>
    </message>
    <message>
        <source>the expression must be text</source>
        <translation>la expresión debe ser texto</translation>
    </message>
    <message>
        <source>the file a team laptop joins with</source>
        <translation>el archivo con el que se une una computadora del equipo</translation>
    </message>
    <message>
        <source>the file cannot be read ({detail})</source>
        <translation>no se puede leer el archivo ({detail})</translation>
    </message>
    <message>
        <source>the file could not be read ({reason})</source>
        <translation>no se pudo leer el archivo ({reason})</translation>
    </message>
    <message>
        <source>the file could not be read completely</source>
        <translation>no se pudo leer el archivo completo</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>el archivo no existe</translation>
    </message>
    <message>
        <source>the file export-public wrote</source>
        <translation>el archivo que escribió export-public</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <source>the file is too large to be scans of sheets</source>
        <translation>el archivo es demasiado grande para ser escaneos de hojas</translation>
    </message>
    <message>
        <source>the file must hold a mapping with key, version, title, languages, questions</source>
        <translation>el archivo debe contener un mapa con key, version, title, languages, questions</translation>
    </message>
    <message>
        <source>the file signing-key wrote</source>
        <translation>el archivo que escribió signing-key</translation>
    </message>
    <message>
        <source>the file to write</source>
        <translation>el archivo que se escribe</translation>
    </message>
    <message>
        <source>the files inside do not match the manifest</source>
        <translation>los archivos de dentro no coinciden con el manifiesto</translation>
    </message>
    <message>
        <source>the folder is read-only (a locked drive, a read-only mount or no permission): start SOS Desktop with a writable data folder</source>
        <translation>la carpeta es de solo lectura (una unidad bloqueada, un montaje de solo lectura o sin permiso): inicia SOS Desktop con una carpeta de datos en la que se pueda escribir</translation>
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
        <source>the image is {width}x{height} pixels, too large to be a scan or photo of a sheet (at most {megapixels} MP)</source>
        <translation>la imagen mide {width}x{height} píxeles, demasiado grande para ser un escaneo o una foto de una hoja (como máximo {megapixels} MP)</translation>
    </message>
    <message>
        <source>the kiosk is collecting answers for this visit; leave the kiosk with the organizer PIN first</source>
        <translation>el quiosco está recogiendo respuestas para esta visita; primero sal del quiosco con el PIN de organizador/a</translation>
    </message>
    <message>
        <source>the laptops registered here and what each sent</source>
        <translation>las computadoras registradas aquí y lo que envió cada una</translation>
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
        <source>the manifest names no laptop key</source>
        <translation>el manifiesto no nombra ninguna clave de computadora</translation>
    </message>
    <message>
        <source>the name to show for that laptop</source>
        <translation>el nombre que se mostrará para esa computadora</translation>
    </message>
    <message>
        <source>the newest good backup is from {time}: sos-desktop restore {path}</source>
        <translation>la copia de seguridad buena más reciente es del {time}: sos-desktop restore {path}</translation>
    </message>
    <message>
        <source>the online form for this visit (default: the one in Settings)</source>
        <translation>el formulario en línea de esta visita (por defecto: el de Configuración)</translation>
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
        <source>the picture is blurred or bent here: check each circle</source>
        <translation>la imagen está borrosa o doblada aquí: revisa cada círculo</translation>
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
        <source>the sheet&apos;s code could not be read; hold it closer and steadier</source>
        <translation>no se pudo leer el código de la hoja; acércala más y sostenla quieta</translation>
    </message>
    <message>
        <source>the sheet&apos;s pages do not match this survey&apos;s layout</source>
        <translation>las páginas de la hoja no coinciden con el diseño de esta encuesta</translation>
    </message>
    <message>
        <source>the stored key pair does not match (damaged key table)</source>
        <translation>el par de claves guardado no coincide (tabla de claves dañada)</translation>
    </message>
    <message>
        <source>the survey definition is broken ({detail})</source>
        <translation>la definición de la encuesta está rota ({detail})</translation>
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
        <source>the visit to {school} — {group} has no survey</source>
        <translation>la visita a {school} — {group} no tiene encuesta</translation>
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
        <source>the workbook has no sheet named survey</source>
        <translation>el libro no tiene ninguna hoja llamada survey</translation>
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
        <source>this bundle would hold {size} MB of records, over the {limit} MB ({member} MB per table) a laptop accepts; `bundle export --new` sends only what no earlier bundle carried; nothing was written</source>
        <translation>este paquete tendría {size} MB de registros, más de los {limit} MB ({member} MB por tabla) que acepta una computadora; `bundle export --new` envía solo lo que ningún paquete anterior llevó; no se escribió nada</translation>
    </message>
    <message>
        <source>this bundle would hold {size} MB of records, over the {limit} MB ({member} MB per table) a laptop accepts; nothing was written</source>
        <translation>este paquete tendría {size} MB de registros, más de los {limit} MB ({member} MB por tabla) que acepta una computadora; no se escribió nada</translation>
    </message>
    <message>
        <source>this condition cannot be read: {reason}</source>
        <translation>no se puede leer esta condición: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>this database holds %n sign-up(s) in plain text from an older version; set the organizer&apos;s passphrase to seal them (in the window, or `sos-desktop keys init` on a terminal or with SOS_DESKTOP_PASSPHRASE set); the file was not changed</source>
        <translation>
            <numerusform>esta base de datos tiene %n inscripción sin cifrar de una versión anterior; elige la frase de contraseña de organizador/a para cifrarla (en la ventana, o con `sos-desktop keys init` en una terminal o con SOS_DESKTOP_PASSPHRASE definida); el archivo no se cambió</numerusform>
            <numerusform>esta base de datos tiene %n inscripciones sin cifrar de una versión anterior; elige la frase de contraseña de organizador/a para cifrarlas (en la ventana, o con `sos-desktop keys init` en una terminal o con SOS_DESKTOP_PASSPHRASE definida); el archivo no se cambió</numerusform>
        </translation>
    </message>
    <message>
        <source>this laptop already has the key of {organization}; use `keys change-passphrase` or `keys recover`</source>
        <translation>esta computadora ya tiene la clave de {organization}; usa `keys change-passphrase` o `keys recover`</translation>
    </message>
    <message>
        <source>this laptop has no organization key yet: set the passphrase (sos-desktop keys init) or join the organizer&apos;s (sos-desktop keys join FILE)</source>
        <translation>esta computadora todavía no tiene clave de la organización: elige la frase de contraseña (sos-desktop keys init) o únete a la del organizador/a (sos-desktop keys join FILE)</translation>
    </message>
    <message>
        <source>this laptop has no organization yet: run `sos-desktop keys join FILE` with the organizer&apos;s `keys export-public` file first</source>
        <translation>esta computadora todavía no tiene organización: primero ejecuta `sos-desktop keys join FILE` con el archivo `keys export-public` del organizador/a</translation>
    </message>
    <message>
        <source>this laptop joined {organization} with its public key only: contacts can be sealed here but opened only on the organizer&apos;s laptop</source>
        <translation>esta computadora se unió a {organization} solo con su clave pública: aquí se pueden cifrar los contactos, pero solo se abren en la computadora del organizador/a</translation>
    </message>
    <message>
        <source>this laptop now seals sign-ups for {organization}; only the organizer&apos;s laptop can open them. Next: `sos-desktop keys signing-key FILE`, and the organizer registers that file, so bundles from this laptop are accepted.</source>
        <translation>esta computadora ahora cifra las inscripciones para {organization}; solo la computadora de organizador/a puede abrirlas. Después: `sos-desktop keys signing-key FILE`, y el/la organizador/a registra ese archivo, para que se acepten los paquetes de esta computadora.</translation>
    </message>
    <message>
        <source>this laptop signs its bundles with key {fingerprint}</source>
        <translation>esta computadora firma sus paquetes con la clave {fingerprint}</translation>
    </message>
    <message>
        <source>this laptop&apos;s bundle key {path} is damaged; move it away and register the laptop again (`sos-desktop keys signing-key FILE`)</source>
        <translation>la clave de paquetes de esta computadora {path} está dañada; muévela a otro lugar y vuelve a registrar la computadora (`sos-desktop keys signing-key FILE`)</translation>
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
        <translation>esto necesita la frase de contraseña de organizador/a: define {variable} o ejecuta el comando en una terminal</translation>
    </message>
    <message>
        <source>this needs the recovery key: set {variable} or run the command on a terminal</source>
        <translation>esto necesita la clave de recuperación: define {variable} o ejecuta el comando en una terminal</translation>
    </message>
    <message>
        <source>this picture could not be read ({detail})</source>
        <translation>no se pudo leer esta imagen ({detail})</translation>
    </message>
    <message>
        <source>this visit is closed; reopen it to take more answers</source>
        <translation>esta visita está cerrada; vuelve a abrirla para recibir más respuestas</translation>
    </message>
    <message>
        <source>time: dropped (answers keep the visit&apos;s date)</source>
        <translation>hora: se descarta (las respuestas guardan la fecha de la visita)</translation>
    </message>
    <message>
        <source>two marks on a single-choice question</source>
        <translation>dos marcas en una pregunta de una sola respuesta</translation>
    </message>
    <message>
        <source>type is empty</source>
        <translation>type está vacío</translation>
    </message>
    <message>
        <source>typed-up paper surveys, or a KoboToolbox, ODK or Google Forms export (CSV)</source>
        <translation>encuestas en papel transcritas, o una exportación de KoboToolbox, ODK o Google Forms (CSV)</translation>
    </message>
    <message>
        <source>unexpected {place}</source>
        <translation>algo inesperado {place}</translation>
    </message>
    <message>
        <source>unexpected {text} at character {at}</source>
        <translation>{text} inesperado en el carácter {at}</translation>
    </message>
    <message>
        <source>unknown column</source>
        <translation>columna desconocida</translation>
    </message>
    <message>
        <source>unknown constraint {name} (min, max, max_length, max_count, message)</source>
        <translation>restricción desconocida {name} (min, max, max_length, max_count, message)</translation>
    </message>
    <message>
        <source>unknown export profile {name}; known: {known}</source>
        <translation>perfil de exportación desconocido {name}; conocidos: {known}</translation>
    </message>
    <message>
        <source>unknown field {name}</source>
        <translation>campo desconocido {name}</translation>
    </message>
    <message>
        <source>unknown language {value}</source>
        <translation>idioma desconocido {value}</translation>
    </message>
    <message>
        <source>unknown question ${{{key}}} (it must come earlier in the survey)</source>
        <translation>pregunta desconocida ${{{key}}} (debe ir antes en la encuesta)</translation>
    </message>
    <message>
        <source>unknown survey {key}; known: {keys}</source>
        <translation>encuesta desconocida {key}; conocidas: {keys}</translation>
    </message>
    <message>
        <source>unknown type {type} (use one of: {kinds})</source>
        <translation>tipo desconocido {type} (usa uno de: {kinds})</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>argumentos desconocidos: %s</translation>
    </message>
    <message>
        <source>unsupported format {format} (this app reads {reads})</source>
        <translation>formato no compatible {format} (esta aplicación lee {reads})</translation>
    </message>
    <message>
        <source>unsupported function or word {word} (character {at}); only selected, not, and, or, string-length(.) and count-selected(.) are allowed</source>
        <translation>función o palabra no admitida {word} (carácter {at}); solo se permiten selected, not, and, or, string-length(.) y count-selected(.)</translation>
    </message>
    <message>
        <source>unsupported type {type}</source>
        <translation>tipo no admitido {type}</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>uso: </translation>
    </message>
    <message>
        <source>use selected(${{{key}}}, &apos;...&apos;) for a multiple choice question</source>
        <translation>usa selected(${{{key}}}, &apos;...&apos;) para una pregunta de opción múltiple</translation>
    </message>
    <message>
        <source>version must be a whole number, 1 or more</source>
        <translation>version debe ser un número entero, 1 o más</translation>
    </message>
    <message>
        <source>visit {id} has no survey; choose one for the visit first</source>
        <translation>la visita {id} no tiene encuesta; elige una para la visita primero</translation>
    </message>
    <message>
        <source>visit {id} has no survey; give --survey KEY</source>
        <translation>la visita {id} no tiene encuesta; indica --survey KEY</translation>
    </message>
    <message>
        <source>visits</source>
        <translation>visitas</translation>
    </message>
    <message>
        <source>visits</source>
        <comment>database table</comment>
        <translation>visitas</translation>
    </message>
    <message>
        <source>visits: {visits}, responses: {responses}, sign-ups: {signups}</source>
        <translation>visitas: {visits}, respuestas: {responses}, inscripciones: {signups}</translation>
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
        <source>workbook</source>
        <translation>el libro</translation>
    </message>
    <message numerus="yes">
        <source>would import %n online response(s)</source>
        <translation>
            <numerusform>se importaría %n respuesta en línea</numerusform>
            <numerusform>se importarían %n respuestas en línea</numerusform>
        </translation>
    </message>
    <message>
        <source>write a survey as XLSForm (for KoboToolbox, ODK, SurveyCTO) or YAML</source>
        <translation>escribe una encuesta como XLSForm (para KoboToolbox, ODK, SurveyCTO) o YAML</translation>
    </message>
    <message>
        <source>write {kind} LIST_NAME (or_other and files are not supported)</source>
        <translation>escribe {kind} LISTA (no se admiten or_other ni archivos)</translation>
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
        <source>wrote {file} for laptop {name}, key {fingerprint}. Carry it to the organizer, who runs `sos-desktop keys register FILE` and checks that the same key is shown.</source>
        <translation>se escribió {file} para la computadora {name}, clave {fingerprint}. Llévalo al/a la organizador/a, que ejecuta `sos-desktop keys register FILE` y comprueba que aparece la misma clave.</translation>
    </message>
    <message>
        <source>wrote {file}: the public key of {organization} (nothing secret). Carry it to the team laptop and run `sos-desktop keys join FILE` there.</source>
        <translation>se escribió {file}: la clave pública de {organization} (nada secreto). Llévalo a la computadora del equipo y ejecuta allí `sos-desktop keys join FILE`.</translation>
    </message>
    <message>
        <source>{backup} was restored, but nothing could be saved from the damaged file {kept}: {reason}</source>
        <translation>se restauró {backup}, pero no se pudo guardar nada del archivo dañado {kept}: {reason}</translation>
    </message>
    <message>
        <source>{camera} could not be opened: it may be busy in another program (a video call?) or not allowed; close that program and try again</source>
        <translation>No se pudo abrir {camera}: puede que la esté usando otro programa (¿una videollamada?) o que no tenga permiso; cierra ese programa e inténtalo otra vez</translation>
    </message>
    <message>
        <source>{camera} is busy: another program (a video call?) may be using it; close that program and try again</source>
        <translation>{camera} está ocupada: puede que la esté usando otro programa (¿una videollamada?); cierra ese programa e inténtalo otra vez</translation>
    </message>
    <message>
        <source>{camera} stopped sending pictures (unplugged, or taken by another program)</source>
        <translation>{camera} dejó de enviar imágenes (se desconectó o la tomó otro programa)</translation>
    </message>
    <message>
        <source>{camera}: no camera found; plug one in and choose it</source>
        <translation>{camera}: no se encontró ninguna cámara; conecta una y elígela</translation>
    </message>
    <message>
        <source>{channel} consent details without consent</source>
        <translation>detalles de consentimiento de {channel} sin consentimiento</translation>
    </message>
    <message>
        <source>{channel} consent without its wording, version and time</source>
        <translation>consentimiento de {channel} sin su texto, versión y hora</translation>
    </message>
    <message>
        <source>{choice} is not a choice of {key}</source>
        <translation>{choice} no es una opción de {key}</translation>
    </message>
    <message>
        <source>{counts}; already in: {already}; empty: {empty}; not imported: {refused}</source>
        <translation>{counts}; ya estaban: {already}; vacías: {empty}; no importadas: {refused}</translation>
    </message>
    <message>
        <source>{count} laptops match {which}; give the key fingerprint (`sos-desktop keys list`)</source>
        <translation>{count} computadoras corresponden a {which}; indica la huella de la clave (`sos-desktop keys list`)</translation>
    </message>
    <message numerus="yes">
        <source>{count} left out without consent; %n repeat sign-up(s) merged.</source>
        <translation>
            <numerusform>{count} sin consentimiento quedaron fuera; %n inscripción repetida combinada.</numerusform>
            <numerusform>{count} sin consentimiento quedaron fuera; %n inscripciones repetidas combinadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>{created}  {table}  {record}  from bundle {bundle}</source>
        <translation>{created}  {table}  {record}  del paquete {bundle}</translation>
    </message>
    <message>
        <source>{failed}: {detail}. If this keeps happening, run `sos-desktop check` and send the log to whoever looks after the app ({where}; it holds no contact data)</source>
        <translation>{failed}: {detail}. Si vuelve a pasar, ejecuta `sos-desktop check` y envía el registro a quien se ocupa de la app ({where}; no contiene datos de contacto)</translation>
    </message>
    <message>
        <source>{field} is not yes or no</source>
        <translation>{field} no es sí ni no</translation>
    </message>
    <message>
        <source>{field} {value} is not a time</source>
        <translation>{field} {value} no es una hora</translation>
    </message>
    <message numerus="yes">
        <source>{file}: %n problem(s), nothing imported yet.</source>
        <translation>
            <numerusform>{file}: %n problema, todavía no se importó nada.</numerusform>
            <numerusform>{file}: %n problemas, todavía no se importó nada.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{file}: %n problem(s), nothing imported.</source>
        <translation>
            <numerusform>{file}: %n problema, no se importó nada.</numerusform>
            <numerusform>{file}: %n problemas, no se importó nada.</numerusform>
        </translation>
    </message>
    <message>
        <source>{file}: --again and --survey are for typed-up paper sheets; an online export goes into the visit&apos;s survey and skips submissions already in</source>
        <translation>{file}: --again y --survey son para hojas en papel transcritas; una exportación en línea va a la encuesta de la visita y omite los envíos que ya estaban</translation>
    </message>
    <message>
        <source>{file}: --dry-run reads a KoboToolbox, ODK or Google Forms export; this file is a typed-up paper sheet</source>
        <translation>{file}: --dry-run lee una exportación de KoboToolbox, ODK o Google Forms; este archivo es una hoja en papel transcrita</translation>
    </message>
    <message>
        <source>{file}: a survey is exported as .xlsx (XLSForm) or .yaml</source>
        <translation>{file}: una encuesta se exporta como .xlsx (XLSForm) o .yaml</translation>
    </message>
    <message>
        <source>{file}: cannot read ({reason})</source>
        <translation>{file}: no se puede leer ({reason})</translation>
    </message>
    <message>
        <source>{file}: sheet {sheet}, row {row}, column {column}</source>
        <translation>{file}: hoja {sheet}, fila {row}, columna {column}</translation>
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
        <source>{file}: this file was already imported on {when} ({rows}); importing it again would add them a second time.</source>
        <translation>{file}: este archivo ya se importó el {when} ({rows}); importarlo otra vez los añadiría por segunda vez.</translation>
    </message>
    <message>
        <source>{fingerprint}  {name}  registered {time}  {state}  {bundles}{last}</source>
        <translation>{fingerprint}  {name}  registrada {time}  {state}  {bundles}{last}</translation>
    </message>
    <message>
        <source>{id}  {date}  {school} / {group}  [{state}]  responses={responses} signups={signups} not_exported={not_exported}</source>
        <translation>{id}  {date}  {school} / {group}  [{state}]  respuestas={responses} inscripciones={signups} sin_exportar={not_exported}</translation>
    </message>
    <message>
        <source>{key} is not asked on this response (its skip rule)</source>
        <translation>{key} no se pregunta en esta respuesta (por su regla de salto)</translation>
    </message>
    <message>
        <source>{kind} records device or time data; not supported (answers are anonymous)</source>
        <translation>{kind} registra datos del dispositivo o de la hora; no se admite (las respuestas son anónimas)</translation>
    </message>
    <message>
        <source>{member} is larger than it says or than {limit} MB</source>
        <translation>{member} es más grande de lo que dice o de {limit} MB</translation>
    </message>
    <message>
        <source>{name} cannot be read: {detail}</source>
        <translation>{name} no se puede leer: {detail}</translation>
    </message>
    <message>
        <source>{name} does not apply to a choice</source>
        <translation>{name} no se aplica a una opción</translation>
    </message>
    <message>
        <source>{name} does not apply to a {type} question</source>
        <translation>{name} no se aplica a una pregunta {type}</translation>
    </message>
    <message>
        <source>{name} does not match its SHA-256 (altered)</source>
        <translation>{name} no coincide con su SHA-256 (alterado)</translation>
    </message>
    <message>
        <source>{name} has no {language} text</source>
        <translation>{name} no tiene texto en {language}</translation>
    </message>
    <message>
        <source>{name} has no {language} text; the {source} text is shown instead</source>
        <translation>{name} no tiene texto en {language}; se muestra el texto en {source}</translation>
    </message>
    <message>
        <source>{name} has not joined this organization: it cannot send bundles here.</source>
        <translation>{name} no se ha unido a esta organización: no puede enviar paquetes aquí.</translation>
    </message>
    <message>
        <source>{name} has the wrong size</source>
        <translation>{name} no tiene el tamaño correcto</translation>
    </message>
    <message>
        <source>{name} has {count} records, manifest says {declared}</source>
        <translation>{name} tiene {count} registros, el manifiesto dice {declared}</translation>
    </message>
    <message>
        <source>{name} is larger than its manifest says</source>
        <translation>{name} es más grande de lo que dice su manifiesto</translation>
    </message>
    <message>
        <source>{name} is missing</source>
        <translation>falta {name}</translation>
    </message>
    <message>
        <source>{name} line {line}</source>
        <translation>{name} línea {line}</translation>
    </message>
    <message>
        <source>{name} must be 1 or more</source>
        <translation>{name} debe ser 1 o más</translation>
    </message>
    <message>
        <source>{name} must be a whole number</source>
        <translation>{name} debe ser un número entero</translation>
    </message>
    <message>
        <source>{name} must give one text per language, e.g. {{en: ..., es: ...}}</source>
        <translation>{name} debe dar un texto por idioma, p. ej. {{en: ..., es: ...}}</translation>
    </message>
    <message>
        <source>{name} on a group is not supported; put it on each question</source>
        <translation>no se admite {name} en un grupo; ponlo en cada pregunta</translation>
    </message>
    <message>
        <source>{name} text is empty</source>
        <translation>el texto de {name} está vacío</translation>
    </message>
    <message>
        <source>{name} was already registered (key {fingerprint}).</source>
        <translation>{name} ya estaba registrada (clave {fingerprint}).</translation>
    </message>
    <message>
        <source>{option} {value} is not a date (YYYY-MM-DD)</source>
        <translation>{option} {value} no es una fecha (AAAA-MM-DD)</translation>
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
        <source>{op} compares numbers, ${{{key}}} is {type}</source>
        <translation>{op} compara números; ${{{key}}} es {type}</translation>
    </message>
    <message>
        <source>{path} cannot be read: {reason}</source>
        <translation>{path} no se puede leer: {reason}</translation>
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
    <message>
        <source>{path} cannot be shown: {problem}</source>
        <translation>{path} no se puede mostrar: {problem}</translation>
    </message>
    <message>
        <source>{path} is an SQLite file but not an SOS Desktop database (tables: {tables}); it was not changed</source>
        <translation>{path} es un archivo SQLite pero no una base de datos de SOS Desktop (tablas: {tables}); no se cambió</translation>
    </message>
    <message>
        <source>{path} is at schema {revision}, not {head}; it can only be read once it has been migrated in a writable folder</source>
        <translation>{path} está en el esquema {revision}, no en {head}; solo se puede leer después de migrarla en una carpeta donde se pueda escribir</translation>
    </message>
    <message numerus="yes">
        <source>{path}: %n problem(s), nothing imported</source>
        <translation>
            <numerusform>{path}: %n problema, no se importó nada</numerusform>
            <numerusform>{path}: %n problemas, no se importó nada</numerusform>
        </translation>
    </message>
    <message>
        <source>{path}: line {line} is not UTF-8 text; export the CSV as UTF-8</source>
        <translation>{path}: la línea {line} no es texto UTF-8; exporta el CSV como UTF-8</translation>
    </message>
    <message>
        <source>{path}: line {line} is not UTF-8 text; save the sheet as &apos;CSV UTF-8&apos;</source>
        <translation>{path}: la línea {line} no es texto UTF-8; guarda la hoja como &apos;CSV UTF-8&apos;</translation>
    </message>
    <message>
        <source>{path}: no PNG or JPEG frames in this folder</source>
        <translation>{path}: no hay fotogramas PNG ni JPEG en esta carpeta</translation>
    </message>
    <message>
        <source>{path}: no such file</source>
        <translation>{path}: no existe el archivo</translation>
    </message>
    <message>
        <source>{path}: no such folder or video file</source>
        <translation>{path}: no existe esa carpeta ni ese archivo de video</translation>
    </message>
    <message>
        <source>{path}: not UTF-8 text; export the CSV as UTF-8</source>
        <translation>{path}: no es texto UTF-8; exporta el CSV como UTF-8</translation>
    </message>
    <message>
        <source>{path}: not a KoboToolbox, ODK or Google Forms export (no _uuid, _submission_time, KEY or Timestamp column)</source>
        <translation>{path}: no es una exportación de KoboToolbox, ODK o Google Forms (no hay columna _uuid, _submission_time, KEY ni Timestamp)</translation>
    </message>
    <message>
        <source>{path}: not a readable PNG or JPEG image</source>
        <translation>{path}: no es una imagen PNG o JPEG legible</translation>
    </message>
    <message>
        <source>{path}: not a video file this app can read</source>
        <translation>{path}: no es un archivo de video que esta aplicación pueda leer</translation>
    </message>
    <message>
        <source>{path}: the file is empty (a header row is needed)</source>
        <translation>{path}: el archivo está vacío (hace falta una fila de encabezados)</translation>
    </message>
    <message>
        <source>{place}: warning: {reason}</source>
        <translation>{place}: aviso: {reason}</translation>
    </message>
    <message>
        <source>{problem}

Choose another camera, or press F5 to try again.</source>
        <translation>{problem}

Elige otra cámara, o pulsa F5 para intentarlo otra vez.</translation>
    </message>
    <message>
        <source>{problem}. Try again, or cancel.</source>
        <translation>{problem}. Inténtalo de nuevo o cancela.</translation>
    </message>
    <message>
        <source>{reason}; the database {path} was not migrated and is unchanged</source>
        <translation>{reason}; la base de datos {path} no se migró y no cambió</translation>
    </message>
    <message>
        <source>{reason}; to import it anyway, add --again</source>
        <translation>{reason}; para importarlo de todos modos, agrega --again</translation>
    </message>
    <message>
        <source>{ref} is not a valid question reference</source>
        <translation>{ref} no es una referencia de pregunta válida</translation>
    </message>
    <message>
        <source>{rows} into {visit}</source>
        <translation>{rows} en {visit}</translation>
    </message>
    <message>
        <source>{source} export for survey {survey}, answers in {language}:</source>
        <translation>Exportación de {source} para la encuesta {survey}, respuestas en {language}:</translation>
    </message>
    <message>
        <source>{source} export for survey {survey}; answers in {language}.</source>
        <translation>Exportación de {source} para la encuesta {survey}; respuestas en {language}.</translation>
    </message>
    <message>
        <source>{source} is not a laptop key file from `sos-desktop keys signing-key` ({detail})</source>
        <translation>{source} no es un archivo de clave de computadora hecho con `sos-desktop keys signing-key` ({detail})</translation>
    </message>
    <message>
        <source>{source} is not an organization key file from `sos-desktop keys export-public` ({detail})</source>
        <translation>{source} no es un archivo de clave de la organización hecho con `sos-desktop keys export-public` ({detail})</translation>
    </message>
    <message>
        <source>{suffix} decks are not supported; use a PDF export or a Markdown (.md) deck</source>
        <translation>no se admiten presentaciones {suffix}; usa un PDF exportado o una presentación Markdown (.md)</translation>
    </message>
    <message>
        <source>{survey} (not installed)</source>
        <translation>{survey} (no instalada)</translation>
    </message>
    <message>
        <source>{survey}-{language}-answer-sheets.pdf</source>
        <translation>{survey}-{language}-hojas-de-respuestas.pdf</translation>
    </message>
    <message>
        <source>{survey}-{language}-typed-up-form.pdf</source>
        <translation>{survey}-{language}-formulario-para-transcribir.pdf</translation>
    </message>
    <message>
        <source>{table} record {id}: {reason}</source>
        <translation>registro {id} de {table}: {reason}</translation>
    </message>
    <message>
        <source>{table} {id} refers to a missing {column} {target}</source>
        <translation>{table} {id} se refiere a un {column} que no existe: {target}</translation>
    </message>
    <message numerus="yes">
        <source>{table}: %n record(s)</source>
        <translation>
            <numerusform>{table}: %n registro</numerusform>
            <numerusform>{table}: %n registros</numerusform>
        </translation>
    </message>
    <message>
        <source>{time}  bundle {bundle}  from {sender}: {added}</source>
        <translation>{time}  paquete {bundle}  desde {sender}: {added}</translation>
    </message>
    <message>
        <source>{time}  {table:&lt;20} {record}  from bundle {bundle}</source>
        <translation>{time}  {table:&lt;20} {record}  del paquete {bundle}</translation>
    </message>
    <message>
        <source>{title} ({key}, version {version})</source>
        <translation>{title} ({key}, versión {version})</translation>
    </message>
    <message>
        <source>{title} — audience</source>
        <translation>{title} — público</translation>
    </message>
    <message>
        <source>{title} — presenter console</source>
        <translation>{title} — consola de presentación</translation>
    </message>
    <message>
        <source>{value} is not a choice of ${{{key}}}</source>
        <translation>{value} no es una opción de ${{{key}}}</translation>
    </message>
    <message>
        <source>{value} is not a choice; choices: {choices}</source>
        <translation>{value} no es una opción; opciones: {choices}</translation>
    </message>
    <message>
        <source>{value} is not a whole number</source>
        <translation>{value} no es un número entero</translation>
    </message>
    <message>
        <source>{value} must be 1 or 0</source>
        <translation>{value} debe ser 1 o 0</translation>
    </message>
    <message>
        <source>{what} {path} holds {count} files; at most {most}</source>
        <translation>{what} {path} contiene {count} archivos; como máximo {most}</translation>
    </message>
    <message>
        <source>{what} {path} is {size} MB; the limit is {limit} MB</source>
        <translation>{what} {path} pesa {size} MB; el límite es {limit} MB</translation>
    </message>
    <message>
        <source>{what} {path}: {member} inflates {ratio} times (a zip bomb?); nothing was read</source>
        <translation>{what} {path}: {member} se descomprime {ratio} veces (¿una bomba zip?); no se leyó nada</translation>
    </message>
    <message>
        <source>{what} {path}: {member} would inflate to {size} MB (limit {limit} MB, {total} MB in all); nothing was read</source>
        <translation>{what} {path}: {member} se descomprimiría a {size} MB (límite {limit} MB, {total} MB en total); no se leyó nada</translation>
    </message>
    <message>
        <source>{where}: JSON nested too deeply</source>
        <translation>{where}: JSON anidado a demasiada profundidad</translation>
    </message>
    <message>
        <source>{where}: answers must map question keys to JSON text</source>
        <translation>{where}: las respuestas deben asociar claves de pregunta a texto JSON</translation>
    </message>
    <message>
        <source>{where}: field {key} has a {kind}</source>
        <translation>{where}: el campo {key} tiene un {kind}</translation>
    </message>
    <message>
        <source>{where}: fields differ (missing {missing}, unknown {extra})</source>
        <translation>{where}: los campos no coinciden (faltan {missing}, desconocidos {extra})</translation>
    </message>
    <message>
        <source>{where}: id is not a UUID</source>
        <translation>{where}: el id no es un UUID</translation>
    </message>
    <message>
        <source>{where}: not a record</source>
        <translation>{where}: no es un registro</translation>
    </message>
    <message>
        <source>{why}.

Present the built-in SOS classroom talk instead?</source>
        <translation>{why}.

¿Presentar en su lugar la charla SOS incluida para el salón de clases?</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… y {count} más</translation>
    </message>
    <message>
        <source>→/Space next · ← back · B/. black · W white · F freeze · Esc cancel · G or number+Enter go to · Tab overview · T pause timer · S swap screens · A audience window · +/− notes size · Esc (console) end</source>
        <translation>→/Espacio siguiente · ← atrás · B/. negro · W blanco · F congelar · Esc cancelar · G o número+Enter ir a · Tab miniaturas · T pausar reloj · S cambiar pantallas · A ventana del público · +/− letra de notas · Esc (consola) terminar</translation>
    </message>
    <message>
        <source>✓ Changed; the new text replaces the old.</source>
        <translation>✓ Cambiado; el texto nuevo reemplaza al anterior.</translation>
    </message>
    <message>
        <source>✓ Changed; the sheet&apos;s stored answers are replaced.</source>
        <translation>✓ Cambiado; se reemplazaron las respuestas guardadas de la hoja.</translation>
    </message>
    <message>
        <source>✓ Recorded as nothing written. Ctrl+Z brings the box back.</source>
        <translation>✓ Anotado como nada escrito. Ctrl+Z recupera el recuadro.</translation>
    </message>
    <message>
        <source>✓ Saved. Ctrl+Z reopens it until this window closes.</source>
        <translation>✓ Guardado. Ctrl+Z lo vuelve a abrir hasta que se cierre esta ventana.</translation>
    </message>
    <message numerus="yes">
        <source>✓ Stored. %n sheet(s) left. Ctrl+Z changes it.</source>
        <translation>
            <numerusform>✓ Guardada. Queda %n hoja. Ctrl+Z la cambia.</numerusform>
            <numerusform>✓ Guardada. Quedan %n hojas. Ctrl+Z la cambia.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>audience</name>
    <message numerus="yes">
        <source>%n answer(s) so far — figures are shown from {min} answers</source>
        <translation>
            <numerusform>%n respuesta por ahora — las cifras se muestran desde {min} respuestas</numerusform>
            <numerusform>%n respuestas por ahora — las cifras se muestran desde {min} respuestas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n response(s)</source>
        <translation>
            <numerusform>%n respuesta</numerusform>
            <numerusform>%n respuestas</numerusform>
        </translation>
    </message>
    <message>
        <source>Anonymous. A question shows figures once {n} people have answered it.</source>
        <translation>Anónimo. Una pregunta muestra cifras cuando {n} personas la han contestado.</translation>
    </message>
    <message>
        <source>Anonymous: do not write your name</source>
        <translation>Anónima: no escribas tu nombre</translation>
    </message>
    <message>
        <source>Figures are shown from {min} answers</source>
        <translation>Las cifras se muestran desde {min} respuestas</translation>
    </message>
    <message>
        <source>Free-text answers</source>
        <translation>Respuestas escritas</translation>
    </message>
    <message>
        <source>Free-text answers hidden (T shows them)</source>
        <translation>Respuestas escritas ocultas (T las muestra)</translation>
    </message>
    <message>
        <source>Free-text answers shown (T hides them)</source>
        <translation>Respuestas escritas visibles (T las oculta)</translation>
    </message>
    <message>
        <source>No answers yet</source>
        <translation>Aún no hay respuestas</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>Results appear once {n} people have answered</source>
        <translation>Los resultados aparecen cuando hayan contestado {n} personas</translation>
    </message>
    <message>
        <source>Results page</source>
        <translation>Página de resultados</translation>
    </message>
    <message>
        <source>Scan to answer the survey</source>
        <translation>Escanea para contestar la encuesta</translation>
    </message>
    <message>
        <source>This visit has no survey</source>
        <translation>Esta visita no tiene encuesta</translation>
    </message>
    <message numerus="yes">
        <source>{question} — %n answer(s) so far</source>
        <translation>
            <numerusform>{question} — %n respuesta por ahora</numerusform>
            <numerusform>{question} — %n respuestas por ahora</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kiosk</name>
    <message>
        <source>* Required</source>
        <translation>* Obligatoria</translation>
    </message>
    <message>
        <source>A ZIP code has 5 digits (for example 06511). Please check it, or leave it empty.</source>
        <translation>Un código postal tiene 5 dígitos (por ejemplo 06511). Por favor, revísalo o déjalo vacío.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Choose your language</source>
        <translation>Elige tu idioma</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>College</source>
        <translation>Universidad</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Educator</source>
        <translation>Educador/a</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Grado</translation>
    </message>
    <message>
        <source>How old are you?</source>
        <translation>¿Cuántos años tienes?</translation>
    </message>
    <message>
        <source>I am 12 or younger</source>
        <translation>Tengo 12 años o menos</translation>
    </message>
    <message>
        <source>I am 13 years old or older</source>
        <translation>Tengo 13 años o más</translation>
    </message>
    <message>
        <source>I am a…</source>
        <translation>Soy…</translation>
    </message>
    <message>
        <source>I&apos;m still here</source>
        <translation>Sigo aquí</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellido</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>Teléfono celular</translation>
    </message>
    <message>
        <source>Name you go by (optional)</source>
        <translation>Cómo te gusta que te llamen (opcional)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>No thanks</source>
        <translation>No, gracias</translation>
    </message>
    <message>
        <source>One of your answers is too long. Please shorten it.</source>
        <translation>Una de tus respuestas es demasiado larga. Por favor, acórtala.</translation>
    </message>
    <message>
        <source>Only educators and adult allies can ask for a classroom visit.</source>
        <translation>Solo educadores y personas adultas aliadas pueden pedir una visita a su clase.</translation>
    </message>
    <message>
        <source>Organizer</source>
        <translation>Organizador/a</translation>
    </message>
    <message>
        <source>Organizer: leave the kiosk (PIN)</source>
        <translation>Organizador/a: salir del quiosco (PIN)</translation>
    </message>
    <message>
        <source>Other / not in school</source>
        <translation>Otro / no estudio</translation>
    </message>
    <message>
        <source>Other adult ally</source>
        <translation>Otra persona adulta aliada</translation>
    </message>
    <message>
        <source>Outreach: classroom visits and one-on-ones</source>
        <translation>Alcance: visitas a clases y conversaciones uno a uno</translation>
    </message>
    <message>
        <source>Please answer each question with yes or no.</source>
        <translation>Por favor, responde cada pregunta con sí o no.</translation>
    </message>
    <message>
        <source>Please answer this question.</source>
        <translation>Por favor, responde esta pregunta.</translation>
    </message>
    <message>
        <source>Please check at least one way we may contact you. Check the email box if you gave your email address, or the text message box if you gave your phone number. Otherwise nobody can get in touch with you.</source>
        <translation>Marca al menos una forma en que podamos contactarte. Marca la casilla de correos si diste tu correo electrónico, o la de mensajes de texto si diste tu teléfono. Si no, nadie podrá ponerse en contacto contigo.</translation>
    </message>
    <message>
        <source>Please choose teams from the list.</source>
        <translation>Por favor, elige los equipos de la lista.</translation>
    </message>
    <message>
        <source>Please choose whether you are a student, an educator or another adult ally.</source>
        <translation>Por favor, elige si eres estudiante, educador/a u otra persona adulta aliada.</translation>
    </message>
    <message>
        <source>Please choose your grade from the list.</source>
        <translation>Por favor, elige tu grado de la lista.</translation>
    </message>
    <message>
        <source>Please contact me to schedule a classroom visit</source>
        <translation>Contáctenme para programar una visita a mi clase</translation>
    </message>
    <message>
        <source>Please enter {n} or less.</source>
        <translation>Por favor, escribe {n} o menos.</translation>
    </message>
    <message>
        <source>Please enter {n} or more.</source>
        <translation>Por favor, escribe {n} o más.</translation>
    </message>
    <message>
        <source>Please fill in every field that is not marked optional.</source>
        <translation>Por favor, llena todos los campos que no dicen opcional.</translation>
    </message>
    <message>
        <source>Please give an email or a phone number so we can reach you.</source>
        <translation>Por favor, escribe un correo o un teléfono para poder contactarte.</translation>
    </message>
    <message>
        <source>Please keep it to {n} characters or fewer.</source>
        <translation>Por favor, usa {n} caracteres como máximo.</translation>
    </message>
    <message>
        <source>Please pass the laptop to the next person.</source>
        <translation>Pasa la computadora a la siguiente persona.</translation>
    </message>
    <message>
        <source>Please pick a number from {low} to {high}.</source>
        <translation>Por favor, elige un número del {low} al {high}.</translation>
    </message>
    <message>
        <source>Please pick at most {n}.</source>
        <translation>Por favor, elige {n} como máximo.</translation>
    </message>
    <message>
        <source>Please pick one of the choices shown.</source>
        <translation>Por favor, elige una de las opciones.</translation>
    </message>
    <message>
        <source>Please pick only from the choices shown.</source>
        <translation>Por favor, elige solo entre las opciones que aparecen.</translation>
    </message>
    <message>
        <source>Please type a whole number.</source>
        <translation>Por favor, escribe un número entero.</translation>
    </message>
    <message>
        <source>Please type your answer as text.</source>
        <translation>Por favor, escribe tu respuesta como texto.</translation>
    </message>
    <message>
        <source>Please type your first name.</source>
        <translation>Por favor, escribe tu nombre.</translation>
    </message>
    <message>
        <source>Please type your last name.</source>
        <translation>Por favor, escribe tu apellido.</translation>
    </message>
    <message>
        <source>Please write names with letters.</source>
        <translation>Por favor, escribe los nombres con letras.</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Research: surveys, data and history</source>
        <translation>Investigación: encuestas, datos e historia</translation>
    </message>
    <message>
        <source>SOS survey</source>
        <translation>Encuesta SOS</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Escuela</translation>
    </message>
    <message>
        <source>Send my answers</source>
        <translation>Enviar mis respuestas</translation>
    </message>
    <message>
        <source>Sign me up</source>
        <translation>Inscribirme</translation>
    </message>
    <message>
        <source>Sign up</source>
        <translation>Inscríbete</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Omitir</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <source>Still there?</source>
        <translation>¿Sigues ahí?</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Estudiante</translation>
    </message>
    <message>
        <source>Students Over SROs is a youth-led campaign about police and security guards in New Haven schools. Here you can sign up to join us. This is separate from the paper survey, which stays anonymous.</source>
        <translation>Students Over SROs es una campaña dirigida por jóvenes sobre la policía y los guardias de seguridad en las escuelas de New Haven. Aquí puedes inscribirte para unirte. Esto va aparte de la encuesta en papel, que sigue siendo anónima.</translation>
    </message>
    <message>
        <source>Students Over SROs wants to know how police and security guards in New Haven schools affect you. The survey is anonymous: no names, and nobody in this room will see your answers.</source>
        <translation>Students Over SROs quiere saber cómo te afectan la policía y los guardias de seguridad en las escuelas de New Haven. La encuesta es anónima: sin nombres, y nadie en este salón verá tus respuestas.</translation>
    </message>
    <message>
        <source>Students for Educational Justice is youth-led. Members meet Thursdays at 4 pm. Leave your contact details and an organizer will reach out. This is separate from your survey answers.</source>
        <translation>Students for Educational Justice está dirigido por jóvenes. Nos reunimos los jueves a las 4 pm. Deja tus datos y alguien del equipo te contactará. Esto va aparte de tus respuestas de la encuesta.</translation>
    </message>
    <message>
        <source>Tactics: rallies, actions, Board of Education</source>
        <translation>Tácticas: marchas, acciones, Junta de Educación</translation>
    </message>
    <message>
        <source>Teams I&apos;m interested in (optional)</source>
        <translation>Equipos que me interesan (opcional)</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>¡Gracias!</translation>
    </message>
    <message>
        <source>Thanks for your interest! We can only take contact details from people 13 or older. Ask a trusted adult to contact SEJ with you.</source>
        <translation>¡Gracias por tu interés! Solo podemos guardar datos de contacto de personas de 13 años o más. Pide a una persona adulta de confianza que contacte a SEJ contigo.</translation>
    </message>
    <message>
        <source>That email address does not look right. Please check it (for example name@example.com).</source>
        <translation>Ese correo electrónico no parece correcto. Por favor, revísalo (por ejemplo nombre@ejemplo.com).</translation>
    </message>
    <message>
        <source>That phone number does not look right. Please type a US mobile number with its area code (for example 203 555 0142).</source>
        <translation>Ese número de teléfono no parece correcto. Escribe un celular de EE. UU. con su código de área (por ejemplo 203 555 0142).</translation>
    </message>
    <message>
        <source>The name you go by is too long. Please shorten it.</source>
        <translation>El nombre que usas es demasiado largo. Por favor, acórtalo.</translation>
    </message>
    <message>
        <source>The name you go by should be written with letters.</source>
        <translation>El nombre que usas debe escribirse con letras.</translation>
    </message>
    <message>
        <source>The school name is too long. Please shorten it.</source>
        <translation>El nombre de la escuela es demasiado largo. Por favor, acórtalo.</translation>
    </message>
    <message numerus="yes">
        <source>This form will clear in %n second(s) to protect your privacy.</source>
        <translation>
            <numerusform>Este formulario se borrará en %n segundo para proteger tu privacidad.</numerusform>
            <numerusform>Este formulario se borrará en %n segundos para proteger tu privacidad.</numerusform>
        </translation>
    </message>
    <message>
        <source>Want to join SOS?</source>
        <translation>¿Quieres unirte a SOS?</translation>
    </message>
    <message>
        <source>We can only take contact details from people 13 or older.</source>
        <translation>Solo podemos guardar datos de contacto de personas de 13 años o más.</translation>
    </message>
    <message>
        <source>Yes, Students for Educational Justice may email me about the Students Over SROs campaign, meetings and events. I can unsubscribe at any time.</source>
        <translation>Sí, Students for Educational Justice puede enviarme correos sobre la campaña Students Over SROs, reuniones y eventos. Puedo darme de baja en cualquier momento.</translation>
    </message>
    <message>
        <source>Yes, Students for Educational Justice may text me about Students Over SROs meetings and actions, up to 4 messages a month. Msg &amp; data rates may apply. Reply STOP to opt out, HELP for help.</source>
        <translation>Sí, Students for Educational Justice puede enviarme mensajes de texto sobre reuniones y acciones de Students Over SROs, hasta 4 mensajes al mes. Pueden aplicarse tarifas de mensajes y datos. Responde STOP para cancelar, HELP para ayuda.</translation>
    </message>
    <message>
        <source>Yes, sign me up</source>
        <translation>Sí, quiero unirme</translation>
    </message>
    <message>
        <source>You said we may email you. Please type your email address too.</source>
        <translation>Dijiste que podemos enviarte correos. Por favor, escribe también tu correo electrónico.</translation>
    </message>
    <message>
        <source>You said we may text you. Please type your mobile phone number too.</source>
        <translation>Dijiste que podemos enviarte mensajes de texto. Por favor, escribe también tu número de celular.</translation>
    </message>
    <message>
        <source>You&apos;re signed up. An organizer will be in touch.</source>
        <translation>Ya estás inscrito/a. Alguien del equipo te contactará.</translation>
    </message>
    <message>
        <source>Your answers are saved. Please pass the laptop to the next person.</source>
        <translation>Tus respuestas están guardadas. Pasa la computadora a la siguiente persona.</translation>
    </message>
    <message>
        <source>Your answers could not be saved. Please tell the presenter. (For the presenter: {reason})</source>
        <translation>No se pudieron guardar tus respuestas. Avisa a quien presenta. (Para quien presenta: {reason})</translation>
    </message>
    <message>
        <source>Your email address is too long. Please check it.</source>
        <translation>Tu correo electrónico es demasiado largo. Por favor, revísalo.</translation>
    </message>
    <message>
        <source>Your first name is too long. Please shorten it.</source>
        <translation>Tu nombre es demasiado largo. Por favor, acórtalo.</translation>
    </message>
    <message>
        <source>Your first name should be written with letters.</source>
        <translation>Tu nombre debe escribirse con letras.</translation>
    </message>
    <message>
        <source>Your last name is too long. Please shorten it.</source>
        <translation>Tu apellido es demasiado largo. Por favor, acórtalo.</translation>
    </message>
    <message>
        <source>Your last name should be written with letters.</source>
        <translation>Tu apellido debe escribirse con letras.</translation>
    </message>
    <message>
        <source>Your voice, your school</source>
        <translation>Tu voz, tu escuela</translation>
    </message>
    <message>
        <source>ZIP code (optional)</source>
        <translation>Código postal (opcional)</translation>
    </message>
    <message>
        <source>not a question in this survey</source>
        <translation>no es una pregunta de esta encuesta</translation>
    </message>
    <message>
        <source>↓  More below: scroll down</source>
        <translation>↓  Hay más abajo: desplázate</translation>
    </message>
    <message>
        <source>↓  More below: scroll down or press Next</source>
        <translation>↓  Hay más abajo: desplázate o pulsa Siguiente</translation>
    </message>
</context>
</TS>
