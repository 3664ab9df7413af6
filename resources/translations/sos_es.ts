<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name></name>
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
    <message>
        <source>(image {name} could not be read)</source>
        <translation>(no se pudo leer la imagen {name})</translation>
    </message>
    <message>
        <source>(no notes for this slide)</source>
        <translation>(esta diapositiva no tiene notas)</translation>
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
        <source>Audience</source>
        <translation>Público</translation>
    </message>
    <message>
        <source>Audience on:</source>
        <translation>Público en:</translation>
    </message>
    <message>
        <source>Background drawing stopped ({problem}); slides are drawn between key presses instead</source>
        <translation>El dibujo en segundo plano se detuvo ({problem}); ahora las diapositivas se dibujan entre una tecla y otra</translation>
    </message>
    <message>
        <source>Change the organizer PIN</source>
        <translation>Cambiar el PIN de organizador/a</translation>
    </message>
    <message>
        <source>Choose a PIN of 4 to 12 digits. It is needed to leave the kiosk, so students cannot close it. Keep it to the presenters.</source>
        <translation>Elige un PIN de 4 a 12 dígitos. Se necesita para salir del quiosco, así los estudiantes no pueden cerrarlo. Compártelo solo con quienes presentan.</translation>
    </message>
    <message>
        <source>Current PIN</source>
        <translation>PIN actual</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <comment>timer</comment>
        <translation>Transcurrido</translation>
    </message>
    <message>
        <source>End presentation</source>
        <translation>Terminar presentación</translation>
    </message>
    <message>
        <source>FROZEN on slide {number}</source>
        <translation>CONGELADO en la diapositiva {number}</translation>
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
        <source>Leave the kiosk</source>
        <translation>Salir del quiosco</translation>
    </message>
    <message>
        <source>Left</source>
        <comment>time remaining</comment>
        <translation>Restante</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
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
        <source>Next</source>
        <comment>slide</comment>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Next: end of the deck</source>
        <translation>Siguiente: fin de la presentación</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
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
        <source>Results — {school}, {group}</source>
        <translation>Resultados — {school}, {group}</translation>
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
        <source>Set the organizer PIN</source>
        <translation>Definir el PIN de organizador/a</translation>
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
        <source>Slide {number} / {count}</source>
        <translation>Diapositiva {number} / {count}</translation>
    </message>
    <message>
        <source>Slide {number} cannot be drawn ({problem}); the audience still sees the last slide drawn</source>
        <translation>La diapositiva {number} no se puede dibujar ({problem}); el público sigue viendo la última diapositiva dibujada</translation>
    </message>
    <message>
        <source>Swap screens (S)</source>
        <translation>Intercambiar pantallas (S)</translation>
    </message>
    <message>
        <source>The PIN must be 4 to 12 digits.</source>
        <translation>El PIN debe tener de 4 a 12 dígitos.</translation>
    </message>
    <message numerus="yes">
        <source>The current PIN is wrong. %n more attempt(s) before a pause.</source>
        <translation>
            <numerusform>El PIN actual es incorrecto. Te queda %n intento antes de una pausa.</numerusform>
            <numerusform>El PIN actual es incorrecto. Te quedan %n intentos antes de una pausa.</numerusform>
        </translation>
    </message>
    <message>
        <source>The deck {path} cannot be shown: {problem}</source>
        <translation>La presentación {path} no se puede mostrar: {problem}</translation>
    </message>
    <message>
        <source>The new PIN must be 4 to 12 digits.</source>
        <translation>El PIN nuevo debe tener de 4 a 12 dígitos.</translation>
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
        <source>The visit to {school} — {group} is closed. Reopen it to start the kiosk.</source>
        <translation>La visita a {school} — {group} está cerrada. Vuelve a abrirla para iniciar el quiosco.</translation>
    </message>
    <message>
        <source>This deck cannot be shown</source>
        <translation>Esta presentación no se puede mostrar</translation>
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
    <message numerus="yes">
        <source>Too many wrong tries. Try again in %n second(s).</source>
        <translation>
            <numerusform>Demasiados intentos fallidos. Vuelve a intentarlo en %n segundo.</numerusform>
            <numerusform>Demasiados intentos fallidos. Vuelve a intentarlo en %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type the current PIN, then the new PIN (4 to 12 digits) twice.</source>
        <translation>Escribe el PIN actual y luego el PIN nuevo (de 4 a 12 dígitos) dos veces.</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. %n more attempt(s) before a pause.</source>
        <translation>
            <numerusform>PIN incorrecto. Te queda %n intento antes de una pausa.</numerusform>
            <numerusform>PIN incorrecto. Te quedan %n intentos antes de una pausa.</numerusform>
        </translation>
    </message>
    <message>
        <source>on time</source>
        <translation>a tiempo</translation>
    </message>
    <message>
        <source>over time</source>
        <translation>tiempo excedido</translation>
    </message>
    <message>
        <source>slide {number}: image {image} not found next to the deck</source>
        <translation>diapositiva {number}: no se encontró la imagen {image} junto a la presentación</translation>
    </message>
    <message>
        <source>the PDF could not be opened (unknown problem)</source>
        <translation>el PDF no se pudo abrir (problema desconocido)</translation>
    </message>
    <message>
        <source>the PDF could not be opened ({error})</source>
        <translation>el PDF no se pudo abrir ({error})</translation>
    </message>
    <message>
        <source>the PDF has no pages</source>
        <translation>el PDF no tiene páginas</translation>
    </message>
    <message>
        <source>the PDF is damaged or not a PDF</source>
        <translation>el PDF está dañado o no es un PDF</translation>
    </message>
    <message>
        <source>the PDF is encrypted in a way that cannot be opened; export it again without protection</source>
        <translation>el PDF está cifrado de una forma que no se puede abrir; vuelve a exportarlo sin protección</translation>
    </message>
    <message>
        <source>the PDF is password-protected; export it again without a password</source>
        <translation>el PDF está protegido con contraseña; vuelve a exportarlo sin contraseña</translation>
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
        <source>the visit to {school} — {group} has no survey</source>
        <translation>la visita a {school} — {group} no tiene encuesta</translation>
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
        <source>→/Space next · ← back · B/. black · W white · F freeze · Esc cancel · G or number+Enter go to · Tab overview · T pause timer · S swap screens · A audience window · +/− notes size · Esc (console) end</source>
        <translation>→/Espacio siguiente · ← atrás · B/. negro · W blanco · F congelar · Esc cancelar · G o número+Enter ir a · Tab miniaturas · T pausar reloj · S cambiar pantallas · A ventana del público · +/− letra de notas · Esc (consola) terminar</translation>
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
        <source>Results page</source>
        <translation>Página de resultados</translation>
    </message>
    <message>
        <source>This visit has no survey</source>
        <translation>Esta visita no tiene encuesta</translation>
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
        <translation>Elige…</translation>
    </message>
    <message>
        <source>College</source>
        <translation>Universidad</translation>
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
        <source>Please fill in every field that is not marked optional.</source>
        <translation>Por favor, llena todos los campos que no dicen opcional.</translation>
    </message>
    <message>
        <source>Please give an email or a phone number so we can reach you.</source>
        <translation>Por favor, escribe un correo o un teléfono para poder contactarte.</translation>
    </message>
    <message>
        <source>Please pass the laptop to the next person.</source>
        <translation>Pasa la computadora a la siguiente persona.</translation>
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
        <source>↓  More below: scroll down</source>
        <translation>↓  Hay más abajo: desplázate</translation>
    </message>
    <message>
        <source>↓  More below: scroll down or press Next</source>
        <translation>↓  Hay más abajo: desplázate o pulsa Siguiente</translation>
    </message>
</context>
</TS>
