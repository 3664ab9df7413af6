<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name></name>
    <message>
        <source> minutes</source>
        <translation> minutos</translation>
    </message>
    <message>
        <source> seconds</source>
        <translation> segundos</translation>
    </message>
    <message numerus="yes">
        <source>%n not linked to any visit</source>
        <translation>
            <numerusform>%n sin visita asociada</numerusform>
            <numerusform>%n sin visita asociada</numerusform>
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
    <message>
        <source>&amp;Answers</source>
        <translation>&amp;Respuestas</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Hacer copia de seguridad ahora</translation>
    </message>
    <message>
        <source>&amp;Class or club *</source>
        <translation>C&amp;lase o club *</translation>
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
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Length</source>
        <translation>D&amp;uración</translation>
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
        <source>&amp;Present</source>
        <translation>&amp;Presentar</translation>
    </message>
    <message>
        <source>&amp;Presenters</source>
        <translation>&amp;Presentadores</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>&amp;Restaurar una copia de seguridad…</translation>
    </message>
    <message>
        <source>&amp;Results</source>
        <translation>Resu&amp;ltados</translation>
    </message>
    <message>
        <source>&amp;SOS Desktop</source>
        <translation>&amp;SOS Desktop</translation>
    </message>
    <message>
        <source>&amp;School *</source>
        <translation>&amp;Escuela *</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <source>A visit is one class or club: the school, the date, the educator, the presenters and the survey the class takes. You can present it, open the kiosk and see the results from the list.</source>
        <translation>Una visita es una clase o un club: la escuela, la fecha, el/la educador/a, quienes presentan y la encuesta que responde la clase. Desde la lista puedes presentarla, abrir el quiosco y ver los resultados.</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>Otra vez</translation>
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
        <translation>En el quiosco (en la laptop)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Backup written to {path}</source>
        <translation>Copia de seguridad guardada en {path}</translation>
    </message>
    <message>
        <source>Built-in SOS classroom talk</source>
        <translation>Charla SOS incluida para el salón de clases</translation>
    </message>
    <message>
        <source>C&amp;lose visit</source>
        <translation>&amp;Cerrar visita</translation>
    </message>
    <message>
        <source>Calendar…</source>
        <translation>Calendario…</translation>
    </message>
    <message>
        <source>Change the PIN…</source>
        <translation>Cambiar el PIN…</translation>
    </message>
    <message>
        <source>Choose a PDF or Markdown deck</source>
        <translation>Elegir una presentación PDF o Markdown</translation>
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
        <source>Contact data</source>
        <translation>Datos de contacto</translation>
    </message>
    <message>
        <source>Copied. Paste it somewhere away from this laptop.</source>
        <translation>Copiada. Pégala en algún lugar fuera de esta laptop.</translation>
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
        <source>Create a visit…</source>
        <translation>Crear una visita…</translation>
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
        <source>Edit visit</source>
        <translation>Editar visita</translation>
    </message>
    <message>
        <source>Educator</source>
        <translation>Educador/a</translation>
    </message>
    <message>
        <source>Educator e&amp;mail</source>
        <translation>Co&amp;rreo del educador/a</translation>
    </message>
    <message>
        <source>Educator: {educator}</source>
        <translation>Educador/a: {educator}</translation>
    </message>
    <message>
        <source>Every step can be skipped and done later: Settings (Ctrl+,) has the language, the PIN and the passphrase, and “New visit…” (Ctrl+N) makes a visit.</source>
        <translation>Puedes saltar cualquier paso y hacerlo más tarde: en Configuración (Ctrl+,) están el idioma, el PIN y la frase de contraseña, y con “Nueva visita…” (Ctrl+N) creas una visita.</translation>
    </message>
    <message>
        <source>Fields marked * are required.</source>
        <translation>Los campos marcados con * son obligatorios.</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Terminar</translation>
    </message>
    <message>
        <source>For new visits. Hillhouse and Wilbur Cross always get their own survey.</source>
        <translation>Para visitas nuevas. Hillhouse y Wilbur Cross siempre reciben su propia encuesta.</translation>
    </message>
    <message>
        <source>I have kept it safe</source>
        <translation>Ya la guardé en un lugar seguro</translation>
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
        <source>KIOSK RUNNING — the talk ignores keys and clicks until an organizer unlocks the kiosk with the PIN</source>
        <translation>QUIOSCO EN MARCHA — la charla ignora teclas y clics hasta que un/a organizador/a desbloquee el quiosco con el PIN</translation>
    </message>
    <message>
        <source>Kiosk &amp;idle time</source>
        <translation>&amp;Tiempo de inactividad del quiosco</translation>
    </message>
    <message>
        <source>Kiosk idle time</source>
        <translation>Tiempo de inactividad del quiosco</translation>
    </message>
    <message>
        <source>Names of the 1–2 presenters</source>
        <translation>Nombres de las 1–2 personas que presentan</translation>
    </message>
    <message>
        <source>New visit</source>
        <translation>Nueva visita</translation>
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
        <source>No good backup was found in {folder}. The file was not changed.</source>
        <translation>No se encontró ninguna copia de seguridad en buen estado en {folder}. El archivo no se modificó.</translation>
    </message>
    <message>
        <source>No passphrase yet: asked before the first kiosk</source>
        <translation>Aún sin frase de contraseña: se pide antes del primer quiosco</translation>
    </message>
    <message>
        <source>No survey</source>
        <translation>Sin encuesta</translation>
    </message>
    <message>
        <source>No visits yet.

Create one with “New visit…” (Ctrl+N): school, class or club, date, educator and the survey the class will take.</source>
        <translation>Todavía no hay visitas.

Crea una con “Nueva visita…” (Ctrl+N): escuela, clase o club, fecha, educador/a y la encuesta que responderá la clase.</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Sin exportar</translation>
    </message>
    <message>
        <source>Not set: asked before the first kiosk</source>
        <translation>Sin definir: se pide antes del primer quiosco</translation>
    </message>
    <message>
        <source>Notes: {notes}</source>
        <translation>Notas: {notes}</translation>
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
        <source>Open</source>
        <comment>visit</comment>
        <translation>Abierta</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Abrir carpeta</translation>
    </message>
    <message>
        <source>Organizer PIN</source>
        <translation>PIN de organizador/a</translation>
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
        <source>Pick the date on a calendar</source>
        <translation>Elegir la fecha en un calendario</translation>
    </message>
    <message>
        <source>Presenters: {names}</source>
        <translation>Presentan: {names}</translation>
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
        <source>Re&amp;open visit</source>
        <translation>Reabri&amp;r visita</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clave de recuperación</translation>
    </message>
    <message>
        <source>Replace the current data with the backup {name}?

The current data is backed up first, so this can be undone.</source>
        <translation>¿Reemplazar los datos actuales por la copia de seguridad {name}?

Antes se hace una copia de seguridad de los datos actuales, así que esto se puede deshacer.</translation>
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
        <source>Same as this computer ({language})</source>
        <translation>El idioma de esta computadora ({language})</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Escuela</translation>
    </message>
    <message>
        <source>Sealed with the organizer passphrase</source>
        <translation>Cifrados con la frase de contraseña de organizador/a</translation>
    </message>
    <message>
        <source>Selected visit</source>
        <translation>Visita seleccionada</translation>
    </message>
    <message>
        <source>Set the PIN…</source>
        <translation>Definir el PIN…</translation>
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
    <message>
        <source>Sign-ups</source>
        <translation>Inscripciones</translation>
    </message>
    <message>
        <source>Sign-ups are sealed so that a lost laptop reveals no student&apos;s contact details. Choose the organizer passphrase (10 characters or more; a few words work well). Exports of sign-ups and merges will ask for it.</source>
        <translation>Las inscripciones se cifran para que una laptop perdida no revele los datos de contacto de ningún/a estudiante. Elige la frase de contraseña de organizador/a (10 caracteres o más; unas cuantas palabras funcionan bien). Se pedirá al exportar inscripciones y al combinar datos.</translation>
    </message>
    <message>
        <source>Sign-ups hold students&apos; emails and phone numbers. They are sealed so that a lost laptop reveals none of them. Choose the organizer passphrase: exports of sign-ups and merges ask for it. You then see a recovery key once: write it down.</source>
        <translation>Las inscripciones guardan correos y teléfonos de estudiantes. Se cifran para que una laptop perdida no revele ninguno. Elige la frase de contraseña de organizador/a: se pide al exportar inscripciones y al combinar datos. Luego verás una clave de recuperación una sola vez: anótala.</translation>
    </message>
    <message>
        <source>Sign-ups stored</source>
        <translation>Inscripciones guardadas</translation>
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
        <source>Start &amp;kiosk</source>
        <translation>Iniciar &amp;quiosco</translation>
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
        <source>Students sign up at this laptop in kiosk mode. Leaving the kiosk needs a PIN of 4 to 12 digits, so a student cannot close it or see other students&apos; entries. Choose one that only the presenters know.</source>
        <translation>Las y los estudiantes se inscriben en esta laptop en modo quiosco. Para salir del quiosco se necesita un PIN de 4 a 12 dígitos, así nadie puede cerrarlo ni ver lo que escribieron otras personas. Elige uno que solo conozcan quienes presentan.</translation>
    </message>
    <message>
        <source>Sur&amp;vey</source>
        <translation>E&amp;ncuesta</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Encuesta</translation>
    </message>
    <message>
        <source>The PIN is set.</source>
        <translation>El PIN está definido.</translation>
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
        <source>The daily backup failed</source>
        <translation>Falló la copia de seguridad diaria</translation>
    </message>
    <message>
        <source>The database {path} is damaged ({detail}).</source>
        <translation>La base de datos {path} está dañada ({detail}).</translation>
    </message>
    <message>
        <source>The file has not been changed. Restore the newest good backup, from {when}? The damaged file is kept in {folder}.</source>
        <translation>El archivo no se ha modificado. ¿Restaurar la copia de seguridad en buen estado más reciente, del {when}? El archivo dañado se guarda en {folder}.</translation>
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
        <source>The survey that fits the school</source>
        <translation>La encuesta que corresponde a la escuela</translation>
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
    <message numerus="yes">
        <source>This database holds %n sign-up(s) in plain text from an older version of SOS Desktop. They will be sealed now.</source>
        <translation>
            <numerusform>Esta base de datos tiene %n inscripción sin cifrar de una versión anterior de SOS Desktop. Se cifrará ahora.</numerusform>
            <numerusform>Esta base de datos tiene %n inscripciones sin cifrar de una versión anterior de SOS Desktop. Se cifrarán ahora.</numerusform>
        </translation>
    </message>
    <message>
        <source>This deck cannot be shown</source>
        <translation>No se puede mostrar esta presentación</translation>
    </message>
    <message>
        <source>This window&apos;s language. The kiosk lets each student choose theirs, and a survey&apos;s results are shown in the survey&apos;s language.</source>
        <translation>El idioma de esta ventana. En el quiosco cada estudiante elige el suyo, y los resultados de una encuesta se muestran en el idioma de la encuesta.</translation>
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
        <source>Without a touch for this long, the kiosk counts down 15 seconds and clears the form for the next student.</source>
        <translation>Si nadie lo toca durante este tiempo, el quiosco cuenta 15 segundos hacia atrás y borra el formulario para el próximo estudiante.</translation>
    </message>
    <message>
        <source>Write this recovery key down or print it, and keep it away from the laptop. It is shown only now. If the passphrase and this key are both lost, the contact details on this laptop are gone for good.</source>
        <translation>Anota o imprime esta clave de recuperación y guárdala lejos de la laptop. Solo se muestra ahora. Si se pierden la frase de contraseña y esta clave, los datos de contacto de esta laptop se pierden para siempre.</translation>
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
        <source>another program is using the database: close other SOS Desktop windows and try again</source>
        <translation>otro programa está usando la base de datos: cierra las otras ventanas de SOS Desktop y vuelve a intentarlo</translation>
    </message>
    <message>
        <source>answering on paper needs a survey; choose one</source>
        <translation>para responder en papel hace falta una encuesta; elige una</translation>
    </message>
    <message>
        <source>built-in SOS classroom talk</source>
        <translation>charla SOS incluida para el salón de clases</translation>
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
        <source>is longer than {limit} characters</source>
        <translation>tiene más de {limit} caracteres</translation>
    </message>
    <message>
        <source>is not a survey key</source>
        <translation>no es una clave de encuesta</translation>
    </message>
    <message>
        <source>is not a survey on this laptop</source>
        <translation>no es una encuesta de esta laptop</translation>
    </message>
    <message>
        <source>is not a valid email address</source>
        <translation>no es un correo electrónico válido</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>es un campo obligatorio</translation>
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
        <source>must be English, Español or the computer&apos;s language</source>
        <translation>debe ser English, Español o el idioma de la computadora</translation>
    </message>
    <message>
        <source>must be a date like 2026-10-14</source>
        <translation>debe ser una fecha como 2026-10-14</translation>
    </message>
    <message>
        <source>must be at the kiosk, on paper, or both</source>
        <translation>debe ser en el quiosco, en papel o ambos</translation>
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
        <source>the PDF has no pages</source>
        <translation>el PDF no tiene páginas</translation>
    </message>
    <message>
        <source>the database is damaged: restore a backup (File → Restore a backup…)</source>
        <translation>la base de datos está dañada: restaura una copia de seguridad (Archivo → Restaurar una copia de seguridad…)</translation>
    </message>
    <message>
        <source>the disk is full: free some space (empty the trash, remove large files) and try again</source>
        <translation>el disco está lleno: libera espacio (vacía la papelera, borra archivos grandes) y vuelve a intentarlo</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>el archivo no existe</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <source>the folder is read-only (a locked drive, a read-only mount or no permission): start SOS Desktop with a writable data folder</source>
        <translation>la carpeta es de solo lectura (una unidad bloqueada, un montaje de solo lectura o sin permiso): inicia SOS Desktop con una carpeta de datos en la que se pueda escribir</translation>
    </message>
    <message>
        <source>{path} cannot be shown: {problem}</source>
        <translation>{path} no se puede mostrar: {problem}</translation>
    </message>
    <message>
        <source>{survey} (not installed)</source>
        <translation>{survey} (no instalada)</translation>
    </message>
    <message>
        <source>{why}.

Present the built-in SOS classroom talk instead?</source>
        <translation>{why}.

¿Presentar en su lugar la charla SOS incluida para el salón de clases?</translation>
    </message>
</context>
</TS>
