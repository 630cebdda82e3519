<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en_US">
<context>
    <name>agent-console</name>
    <message>
        <location filename="../ui/ConsoleOptions.cpp" line="+18"/>
        <source>Portal Agent Console: customers, invoice emails, payment terms, ACH and credit.</source>
        <translation>Portal Agent Console: clientes, correos de facturación, condiciones de pago, ACH y crédito.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Portal base URL.</source>
        <translation>URL base del portal.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use the built-in demo portal.</source>
        <translation>Usar el portal de demostración integrado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Profile: a name (kept with the console&apos;s data) or a folder.</source>
        <translation>Perfil: un nombre (se guarda con los datos de la consola) o una carpeta.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>User name to sign in with.</source>
        <translation>Nombre de usuario con el que iniciar sesión.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language (en, es); default: the system&apos;s.</source>
        <translation>Idioma (en, es); predeterminado: el del sistema.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write PNGs of the main views on the demo portal to DIR, then quit.</source>
        <translation>Guardar en DIR imágenes PNG de las vistas principales en el portal de demostración y luego salir.</translation>
    </message>
</context>
<context>
    <name>pac::AchAuthorization</name>
    <message>
        <location filename="../models/AchAuthorization.cpp" line="+76"/>
        <source>Choose the entry class of the authorization (CCD, PPD, TEL or WEB).</source>
        <translation>Elija la clase de entrada de la autorización (CCD, PPD, TEL o WEB).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enter the name of the person who authorized the debits.</source>
        <translation>Escriba el nombre de la persona que autorizó los débitos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The name has %1 characters; at most %2 are allowed.</source>
        <translation>El nombre tiene %1 caracteres; se permiten como máximo %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter the title of the person who authorized the debits.</source>
        <translation>Escriba el cargo de la persona que autorizó los débitos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The title has %1 characters; at most %2 are allowed.</source>
        <translation>El cargo tiene %1 caracteres; se permiten como máximo %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose how the debits were authorized.</source>
        <translation>Elija cómo se autorizaron los débitos.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A %1 entry cannot be authorized as “%2”.</source>
        <translation>Una entrada %1 no puede autorizarse como «%2».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The authorization text was not shown: its version is missing.</source>
        <translation>No se mostró el texto de la autorización: falta su versión.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The time the authorization was accepted is missing.</source>
        <translation>Falta la hora en que se aceptó la autorización.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Say why the bank account is removed.</source>
        <translation>Indique por qué se elimina la cuenta bancaria.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The reason has %1 characters; at most %2 are allowed.</source>
        <translation>El motivo tiene %1 caracteres; se permiten como máximo %2.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>“%1” is not an entry class: use CCD, PPD, TEL or WEB.</source>
        <translation>«%1» no es una clase de entrada: use CCD, PPD, TEL o WEB.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“%1” is not a way of authorizing: use written, recorded_call or online.</source>
        <translation>«%1» no es una forma de autorizar: use written, recorded_call u online.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>“%1” is not a date and time (RFC 3339).</source>
        <translation>«%1» no es una fecha y hora (RFC 3339).</translation>
    </message>
</context>
<context>
    <name>pac::AchAuthorizationPage</name>
    <message>
        <location filename="../ui/ach/AchAuthorizationPage.cpp" line="+19"/>
        <source>CCD — business account (our customers&apos; usual case)</source>
        <translation>CCD — cuenta de empresa (el caso habitual de nuestros clientes)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PPD — consumer account, signed form</source>
        <translation>PPD — cuenta de consumidor, formulario firmado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TEL — consumer account, on a recorded call</source>
        <translation>TEL — cuenta de consumidor, en una llamada grabada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>WEB — consumer account, online</source>
        <translation>WEB — cuenta de consumidor, en línea</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Signed form</source>
        <translation>Formulario firmado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recorded call</source>
        <translation>Llamada grabada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Online</source>
        <translation>En línea</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Authorization</source>
        <translation>Autorización</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The bank rules need the customer&apos;s authorization of the debits before the account is added. Show or read the text below, exactly as it is.</source>
        <translation>Las reglas bancarias exigen la autorización de los débitos por el cliente antes de añadir la cuenta. Muestre o lea el texto de abajo, tal como está.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Who authorized the debits</source>
        <translation>Quién autorizó los débitos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For example: Controller</source>
        <translation>Por ejemplo: Contralor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Authorization text</source>
        <translation>Texto de la autorización</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The call is &amp;recorded, or written notice of this authorization will be sent to the customer before the first debit</source>
        <translation>La llamada está &amp;grabada, o se enviará al cliente un aviso por escrito de esta autorización antes del primer débito</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The customer &amp;accepted this text</source>
        <translation>El cliente &amp;aceptó este texto</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Entry class</source>
        <translation>Clase de &amp;entrada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authorized &amp;how</source>
        <translation>Autorizado &amp;cómo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authorized by (&amp;name)</source>
        <translation>Autorizado por (&amp;nombre)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their t&amp;itle</source>
        <translation>Su car&amp;go</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Loading the authorization text from the portal…</source>
        <translation>Cargando el texto de la autorización desde el portal…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Script to read aloud on the call (version %1):</source>
        <translation>Guion para leer en voz alta en la llamada (versión %1):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authorization text to show the customer (version %1):</source>
        <translation>Texto de la autorización para mostrar al cliente (versión %1):</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The authorization text could not be loaded, so the account cannot be added yet: %1</source>
        <translation>No se pudo cargar el texto de la autorización, así que todavía no se puede añadir la cuenta: %1</translation>
    </message>
</context>
<context>
    <name>pac::AchBankDetails</name>
    <message>
        <location filename="../models/AchBankDetails.cpp" line="+65"/>
        <source>Enter the routing number.</source>
        <translation>Introduzca el número de ruta.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>“%1” is not a routing number: a routing number has %n digit(s).</source>
        <translation>
            <numerusform>“%1” no es un número de ruta: un número de ruta tiene %n dígito.</numerusform>
            <numerusform>“%1” no es un número de ruta: un número de ruta tiene %n dígitos.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” is not a valid routing number: its check digit is wrong.</source>
        <translation>“%1” no es un número de ruta válido: su dígito de control es incorrecto.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Enter the account number.</source>
        <translation>Introduzca el número de cuenta.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An account number has %1 to %2 digits and nothing else.</source>
        <translation>Un número de cuenta tiene entre %1 y %2 dígitos y nada más.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Enter the name of the account holder.</source>
        <translation>Introduzca el nombre del titular de la cuenta.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The holder name has %1 characters; at most %2 are allowed.</source>
        <translation>El nombre del titular tiene %1 caracteres; se permiten como máximo %2.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Choose checking or savings.</source>
        <translation>Elija corriente o ahorros.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>“%1” is not an account type; use checking or savings.</source>
        <translation>“%1” no es un tipo de cuenta; use corriente o ahorros.</translation>
    </message>
</context>
<context>
    <name>pac::AchBankDetailsPage</name>
    <message>
        <location filename="../ui/ach/AchBankDetailsPage.cpp" line="+32"/>
        <source>Bank account</source>
        <translation>Cuenta bancaria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The account of %1 (%2) to debit. Only its last 4 digits are kept; the account number goes to the portal and nowhere else.</source>
        <translation>La cuenta de %1 (%2) que se debitará. Solo se guardan sus últimos 4 dígitos; el número de cuenta va al portal y a ningún otro sitio.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>9 digits</source>
        <translation>9 dígitos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>4 to 17 digits</source>
        <translation>De 4 a 17 dígitos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checking</source>
        <translation>Corriente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Savings</source>
        <translation>Ahorros</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Routing number</source>
        <translation>Número de &amp;ruta (ABA)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;ccount number</source>
        <translation>Número de &amp;cuenta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account &amp;holder</source>
        <translation>&amp;Titular de la cuenta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account &amp;type</source>
        <translation>Tipo de cuen&amp;ta</translation>
    </message>
</context>
<context>
    <name>pac::AchChecklistWidget</name>
    <message>
        <location filename="../ui/ach/AchChecklistWidget.cpp" line="+71"/>
        <source>Met</source>
        <translation>Cumplido</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not met</source>
        <translation>No cumplido</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Does not apply</source>
        <translation>No aplica</translation>
    </message>
</context>
<context>
    <name>pac::AchEligibility</name>
    <message>
        <location filename="../models/AchEligibility.cpp" line="+133"/>
        <source>The customer is in the US.</source>
        <translation>El cliente está en EE. UU.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The customer is in %1: ACH is for US customers only.</source>
        <translation>El cliente está en %1: ACH es solo para clientes de EE. UU.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an unknown country</source>
        <translation>un país desconocido</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Customer-level master agent: %1.</source>
        <translation>Agente maestro a nivel de cliente: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No customer-level master agent.</source>
        <translation>Sin agente maestro a nivel de cliente.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The customer&apos;s start date is unknown.</source>
        <translation>Se desconoce la fecha de inicio del cliente.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Last payment issue on %1: %n day(s) without one.</source>
        <translation>
            <numerusform>Última incidencia de pago el %1: %n día sin incidencias.</numerusform>
            <numerusform>Última incidencia de pago el %1: %n días sin incidencias.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>No payment issue since joining on %1 (the one on %2 was before): %n day(s).</source>
        <translation>
            <numerusform>Ningún problema de pago desde el alta el %1 (el del %2 fue anterior): %n día.</numerusform>
            <numerusform>Ningún problema de pago desde el alta el %1 (el del %2 fue anterior): %n días.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>No payment issue since joining on %1: %n day(s).</source>
        <translation>
            <numerusform>Sin incidencias de pago desde el alta el %1: %n día.</numerusform>
            <numerusform>Sin incidencias de pago desde el alta el %1: %n días.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>More than %1 days: met.</source>
        <translation>Más de %1 días: cumplido.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More than %1 days are needed: met on %2.</source>
        <translation>Hacen falta más de %1 días: se cumple el %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 %2</source>
        <comment>two sentences: the payment history, then what it means</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enabled manually by %1 on %2: “%3”.</source>
        <translation>Habilitado manualmente por %1 el %2: “%3”.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not enabled manually by support.</source>
        <translation>No habilitado manualmente por soporte.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Payment of %1 failed on %2</source>
        <comment>the amount, the day</comment>
        <translation>El pago de %1 falló el %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment of %1 failed (%2) on %3</source>
        <comment>the amount, the processor&apos;s reason, the day</comment>
        <translation>El pago de %1 falló (%2) el %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Invoice %1 (%2) is past due and not paid</source>
        <comment>the invoice number, its amount</comment>
        <translation>La factura %1 (%2) está vencida y sin pagar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Invoice %1 was past due until it was paid on %2</source>
        <translation>La factura %1 estuvo vencida hasta que se pagó el %2</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1 — it must be paid first; eligible %n day(s) after it is paid.</source>
        <comment>the payment issue, then what it means</comment>
        <translation>
            <numerusform>%1 — debe pagarse primero; elegible %n día después del pago.</numerusform>
            <numerusform>%1 — debe pagarse primero; elegible %n días después del pago.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%1 — %n day(s) ago. More than %2 days: met.</source>
        <comment>the payment issue, then what it means</comment>
        <translation>
            <numerusform>%1 — hace %n día. Más de %2 días: cumplido.</numerusform>
            <numerusform>%1 — hace %n días. Más de %2 días: cumplido.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 — eligible from %2.</source>
        <comment>the payment issue, then the first day ACH is possible</comment>
        <translation>%1 — elegible a partir del %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>ACH is only available to customers in the US; this customer&apos;s country is “%1”.</source>
        <translation>ACH solo está disponible para clientes de EE. UU.; el país de este cliente es “%1”.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Say why ACH is enabled manually.</source>
        <translation>Indique por qué se habilita ACH manualmente.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The reason has %1 characters; at most %2 are allowed.</source>
        <translation>El motivo tiene %1 caracteres; se permiten como máximo %2.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Not eligible for ACH: only customers in the US can pay by ACH.</source>
        <translation>No es elegible para ACH: solo los clientes de EE. UU. pueden pagar por ACH.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not eligible for ACH: the customer&apos;s start date is unknown.</source>
        <translation>No es elegible para ACH: se desconoce la fecha de alta del cliente.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Not eligible for ACH: a customer for %n day(s) or less; eligible from %1.</source>
        <translation>
            <numerusform>No es elegible para ACH: es cliente desde hace %n día o menos; será elegible a partir del %1.</numerusform>
            <numerusform>No es elegible para ACH: es cliente desde hace %n días o menos; será elegible a partir del %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not eligible for ACH: an invoice is past due and must be paid first.</source>
        <translation>No es elegible para ACH: hay una factura vencida que debe pagarse primero.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Not eligible for ACH: a payment issue in the last %n day(s); eligible from %1.</source>
        <translation>
            <numerusform>No es elegible para ACH: tuvo una incidencia de pago en el último %n día; será elegible a partir del %1.</numerusform>
            <numerusform>No es elegible para ACH: tuvo una incidencia de pago en los últimos %n días; será elegible a partir del %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not eligible for ACH.</source>
        <translation>No es elegible para ACH.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ACH is enabled</source>
        <translation>ACH está habilitado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Eligible for ACH</source>
        <translation>Elegible para ACH</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: the customer has a master agent.</source>
        <translation>%1: el cliente tiene un agente maestro.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1: no payment issue for more than %n day(s).</source>
        <translation>
            <numerusform>%1: sin incidencias de pago durante más de %n día.</numerusform>
            <numerusform>%1: sin incidencias de pago durante más de %n días.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: enabled manually by support.</source>
        <translation>%1: habilitado manualmente por soporte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: enabled manually by %2 on %3 (“%4”).</source>
        <translation>%1: habilitado manualmente por %2 el %3 (“%4”).</translation>
    </message>
</context>
<context>
    <name>pac::AchFeature</name>
    <message>
        <location filename="../ui/ach/AchFeature.cpp" line="+89"/>
        <source>Customer %1 is not in the cache any more.</source>
        <translation>El cliente %1 ya no está en la caché.</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>Save the authorization of %1 as PDF</source>
        <translation>Guardar la autorización de %1 como PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The authorization of %1 could not be fetched: %2</source>
        <translation>No se pudo obtener la autorización de %1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The authorization could not be saved to %1: %2</source>
        <translation>No se pudo guardar la autorización en %1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Authorization saved to %1</source>
        <translation>Autorización guardada en %1</translation>
    </message>
</context>
<context>
    <name>pac::AchMethodResult</name>
    <message>
        <location filename="../portal/EditResult.cpp" line="+131"/>
        <source>Bank account ••••%1 (%2) added as payment method %3; it can be used once its two micro-deposits are verified.</source>
        <translation>Cuenta bancaria ••••%1 (%2) añadida como método de pago %3; podrá usarse cuando se verifiquen sus dos microdepósitos.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bank account ••••%1 verified: invoices can be debited from it.</source>
        <translation>Cuenta bancaria ••••%1 verificada: ya se pueden debitar facturas de ella.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bank account ••••%1 is now the default payment method.</source>
        <translation>La cuenta bancaria ••••%1 es ahora el método de pago predeterminado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The authorization of bank account ••••%1 is revoked; nothing more will be debited from it.</source>
        <translation>La autorización de la cuenta bancaria ••••%1 está revocada; no se debitará nada más de ella.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The amounts do not match the deposits, and that was the last try: the bank account failed verification. Add it again, with a new authorization, to try once more.</source>
        <translation>Los importes no coinciden con los depósitos y era el último intento: la cuenta bancaria no superó la verificación. Añádala de nuevo, con una nueva autorización, para intentarlo otra vez.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The amounts do not match the deposits. Tries left: %1.</source>
        <translation>Los importes no coinciden con los depósitos. Intentos restantes: %1.</translation>
    </message>
</context>
<context>
    <name>pac::AchSetupWizard</name>
    <message>
        <location filename="../ui/ach/AchSetupWizard.cpp" line="+26"/>
        <source>Eligibility</source>
        <translation>Elegibilidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2) and ACH bank payment.</source>
        <translation>%1 (%2) y el pago bancario ACH.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The customer may pay by ACH. Next: the bank account.</source>
        <translation>El cliente puede pagar por ACH. Siguiente: la cuenta bancaria.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Add ACH bank account</source>
        <translation>Agregar cuenta bancaria ACH</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add account</source>
        <translation>&amp;Añadir cuenta</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Adding the account at the portal…</source>
        <translation>Agregando la cuenta en el portal…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Go back to correct the bank account.</source>
        <translation>Vuelva atrás para corregir la cuenta bancaria.</translation>
    </message>
</context>
<context>
    <name>pac::AchVerification</name>
    <message>
        <location filename="../models/AchVerification.cpp" line="+33"/>
        <source>Enter both deposit amounts.</source>
        <translation>Escriba los importes de los dos depósitos.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There are two deposits; %1 amounts were entered.</source>
        <translation>Hay dos depósitos; se escribieron %1 importes.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Each deposit is between 1 and 99 cents; %1 cents is not.</source>
        <translation>Cada depósito es de entre 1 y 99 centavos; %1 centavos no lo es.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>“%1” is not a deposit amount: write it in dollars, like 0.32.</source>
        <translation>«%1» no es un importe de depósito: escríbalo en dólares, como 0.32.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>A revoked bank account cannot be the default payment method.</source>
        <translation>Una cuenta bancaria revocada no puede ser el método de pago predeterminado.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only a verified bank account can be the default payment method; verify its deposits first.</source>
        <translation>Solo una cuenta bancaria verificada puede ser el método de pago predeterminado; verifique antes sus depósitos.</translation>
    </message>
</context>
<context>
    <name>pac::ApContactPage</name>
    <message>
        <location filename="../ui/credit/CreditWizardPages.cpp" line="+83"/>
        <source>Accounts payable contact</source>
        <translation>Contacto de cuentas por pagar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who pays the invoices at the business.</source>
        <translation>Quién paga las facturas en la empresa.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
</context>
<context>
    <name>pac::BankAccountsPanel</name>
    <message>
        <location filename="../ui/ach/BankAccountsPanel.cpp" line="+24"/>
        <source>&amp;Verify deposits…</source>
        <translation>&amp;Verificar depósitos…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make de&amp;fault</source>
        <translation>Hacer predeterminad&amp;a</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save authori&amp;zation PDF…</source>
        <translation>Guardar PDF de la autori&amp;zación…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;move bank account…</source>
        <translation>Eli&amp;minar cuenta bancaria…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Bank accounts</source>
        <translation>Cuentas bancarias</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Loading the bank accounts from the portal…</source>
        <translation>Cargando las cuentas bancarias desde el portal…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No bank account on file.</source>
        <translation>No hay ninguna cuenta bancaria registrada.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The bank accounts are kept only at the portal and could not be loaded: %1</source>
        <translation>Las cuentas bancarias solo se guardan en el portal y no se pudieron cargar: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Select a bank account first.</source>
        <translation>Seleccione antes una cuenta bancaria.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This bank account was removed.</source>
        <translation>Esta cuenta bancaria se eliminó.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This bank account is already verified.</source>
        <translation>Esta cuenta bancaria ya está verificada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No tries are left: remove the account and add it again.</source>
        <translation>No quedan intentos: elimine la cuenta y añádala de nuevo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This bank account is already the default payment method.</source>
        <translation>Esta cuenta bancaria ya es el método de pago predeterminado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This bank account was already removed.</source>
        <translation>Esta cuenta bancaria ya se eliminó.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No authorization was recorded for this older bank account.</source>
        <translation>No se registró ninguna autorización para esta cuenta bancaria antigua.</translation>
    </message>
</context>
<context>
    <name>pac::BankReferencePage</name>
    <message>
        <location filename="../ui/credit/CreditWizardPages.cpp" line="+9"/>
        <source>Bank reference</source>
        <translation>Referencia bancaria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The bank that holds the business&apos;s main account, and whom to ask there.</source>
        <translation>El banco que tiene la cuenta principal de la empresa y a quién consultar allí.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bank</source>
        <translation>Banco</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account officer or branch contact</source>
        <translation>Ejecutivo de cuenta o contacto de la sucursal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
</context>
<context>
    <name>pac::BillingTab</name>
    <message>
        <location filename="../ui/billing/BillingTab.cpp" line="+58"/>
        <source>Add ACH bank account…</source>
        <translation>Agregar cuenta bancaria ACH…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enable ACH manually…</source>
        <translation>Habilitar ACH manualmente…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Payment terms</source>
        <translation>Condiciones de pago</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit limit</source>
        <translation>Límite de crédito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Limit used</source>
        <translation>Límite usado</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Terms and credit</source>
        <translation>Condiciones y crédito</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ACH bank payment</source>
        <translation>Pago bancario ACH</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Conflict</source>
        <translation>Conflicto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not sent yet</source>
        <translation>Aún no enviado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What is shown includes your changes that the portal has not accepted yet.</source>
        <translation>Lo que se muestra incluye cambios suyos que el portal aún no ha aceptado.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No credit limit</source>
        <translation>Sin límite de crédito</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Near the limit</source>
        <translation>Cerca del límite</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+42"/>
        <source>Move to Net 15…</source>
        <translation>Cambiar a Neto 15…</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Move to due on receipt…</source>
        <translation>Cambiar a Pago al recibir…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Bank accounts</source>
        <translation>Cuentas bancarias</translation>
    </message>
</context>
<context>
    <name>pac::BillingText</name>
    <message>
        <location filename="../models/BillingText.cpp" line="+9"/>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Master agent</source>
        <translation>Agente maestro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Support</source>
        <translation>Soporte</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open</source>
        <comment>invoice status</comment>
        <translation>Abierta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid</source>
        <comment>invoice status</comment>
        <translation>Pagada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Past due</source>
        <comment>invoice status</comment>
        <translation>Vencida</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Void</source>
        <comment>invoice status</comment>
        <translation>Anulada</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not sent</source>
        <translation>No enviada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To %1 · CC %2</source>
        <translation>Para %1 · CC %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suspended</source>
        <translation>Suspendido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Due on receipt</source>
        <translation>Pago al recibir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Net 15</source>
        <translation>Neto 15</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Enabled</source>
        <translation>Habilitado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Eligible</source>
        <translation>Elegible</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not eligible</source>
        <translation>No elegible</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the customer has a master agent</source>
        <translation>el cliente tiene un agente maestro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no payment issue for more than 90 days</source>
        <translation>sin incidencias de pago en más de 90 días</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>enabled by support</source>
        <translation>habilitado por soporte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the customer is outside the US</source>
        <translation>el cliente está fuera de Estados Unidos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a payment issue in the last 90 days</source>
        <translation>una incidencia de pago en los últimos 90 días</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a customer for less than 90 days</source>
        <translation>cliente desde hace menos de 90 días</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1%2</source>
        <comment>a number, then the locale&apos;s percent sign</comment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>pac::BulkActionForm</name>
    <message>
        <location filename="../ui/bulk/BulkActionForm.cpp" line="+17"/>
        <source>&amp;New address:</source>
        <translation>Dirección &amp;nueva:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add an invoice email address</source>
        <translation>Añadir una dirección de correo de facturación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove an invoice email address everywhere</source>
        <translation>Quitar una dirección de correo de facturación en todas partes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace an invoice email address with another</source>
        <translation>Reemplazar una dirección de correo de facturación por otra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move to Net 15</source>
        <translation>Cambiar a Neto 15</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move to due on receipt</source>
        <translation>Cambiar a pago al recibir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enable ACH manually</source>
        <translation>Habilitar ACH manualmente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bulk action</source>
        <translation>Acción masiva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>name@example.com</source>
        <translation>nombre@ejemplo.com</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>New address</source>
        <translation>Dirección nueva</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason for enabling ACH</source>
        <translation>Motivo para habilitar ACH</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why ACH is enabled without the bank checks</source>
        <translation>Por qué se habilita ACH sin las comprobaciones bancarias</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What is missing</source>
        <translation>Qué falta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Action:</source>
        <translation>&amp;Acción:</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Enter the address.</source>
        <translation>Escriba la dirección.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enter the new address.</source>
        <translation>Escriba la dirección nueva.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The new address is the same as the old one.</source>
        <translation>La dirección nueva es igual que la vieja.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter why ACH is enabled manually; it is kept with who and when.</source>
        <translation>Escriba por qué se habilita ACH manualmente; se guarda con quién y cuándo.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>&amp;Old address:</source>
        <translation>Dirección &amp;vieja:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A&amp;ddress:</source>
        <translation>&amp;Dirección:</translation>
    </message>
</context>
<context>
    <name>pac::BulkBatchTableModel</name>
    <message>
        <location filename="../presentation/BulkBatchTableModel.cpp" line="+35"/>
        <source>%1 sent, %2 conflict, %3 refused, %4 waiting</source>
        <translation>%1 enviados, %2 en conflicto, %3 rechazados, %4 en espera</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>, %n discarded</source>
        <translation>
            <numerusform>, %n descartado</numerusform>
            <numerusform>, %n descartados</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Bulk change %1: %2 (undoes bulk change %3)</source>
        <translation>Cambio masivo %1: %2 (deshace el cambio masivo %3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bulk change %1: %2</source>
        <translation>Cambio masivo %1: %2</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
</context>
<context>
    <name>pac::BulkChange</name>
    <message>
        <location filename="../portal/BulkChange.cpp" line="+89"/>
        <source>add invoice email %1</source>
        <translation>añadir el correo de facturación %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>remove invoice email %1</source>
        <translation>quitar el correo de facturación %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>replace invoice email %1 by %2</source>
        <translation>reemplazar el correo de facturación %1 por %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>move to %1</source>
        <translation>cambiar a %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>enable ACH manually (%1)</source>
        <translation>habilitar ACH manualmente (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>restore the value before the batch</source>
        <translation>restaurar el valor anterior al lote</translation>
    </message>
</context>
<context>
    <name>pac::BulkChangeDialog</name>
    <message>
        <location filename="../ui/bulk/BulkChangeDialog.cpp" line="+31"/>
        <source>Only the selected c&amp;ustomer</source>
        <translation>Solo el c&amp;liente seleccionado</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>All %n customer(s) of the current &amp;view and filter</source>
        <translation>
            <numerusform>El %n cliente de la &amp;vista y el filtro actuales</numerusform>
            <numerusform>Los %n clientes de la &amp;vista y el filtro actuales</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Each customer of bulk change %1 gets back the value it had before. A customer changed by someone else since becomes a conflict when sent, never overwritten.</source>
        <translation>Cada cliente del cambio masivo %1 recupera el valor que tenía antes. Un cliente que otra persona haya cambiado desde entonces queda en conflicto al enviarse, nunca se sobrescribe.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Preview</source>
        <translation>&amp;Vista previa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check every customer by the rules of a single edit; nothing is saved</source>
        <translation>Comprueba cada cliente con las reglas de un cambio individual; no se guarda nada</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Computing the preview</source>
        <translation>Calculando la vista previa</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Preview totals</source>
        <translation>Totales de la vista previa</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Preview of the bulk change</source>
        <translation>Vista previa del cambio masivo</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sending the bulk change</source>
        <translation>Enviando el cambio masivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%v of %m sent or settled</source>
        <translation>%v de %m enviados o resueltos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Results of the bulk change</source>
        <translation>Resultados del cambio masivo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>E&amp;xport preview as CSV…</source>
        <translation>E&amp;xportar la vista previa como CSV…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel &amp;sending</source>
        <translation>Cancelar el &amp;envío</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop sending: nothing is lost, the changes wait in the outbox for the next sync</source>
        <translation>Detener el envío: no se pierde nada, los cambios esperan en la bandeja de salida a la próxima sincronización</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Appl&amp;y</source>
        <translation>Apl&amp;icar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save every change of the preview as one batch and send it</source>
        <translation>Guardar todos los cambios de la vista previa como un lote y enviarlo</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>undo of bulk change %1</source>
        <translation>deshacer el cambio masivo %1</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Undo bulk change %1 — %n customer(s)</source>
        <translation>
            <numerusform>Deshacer el cambio masivo %1 — %n cliente</numerusform>
            <numerusform>Deshacer el cambio masivo %1 — %n clientes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Bulk change — %n customer(s)</source>
        <translation>
            <numerusform>Cambio masivo — %n cliente</numerusform>
            <numerusform>Cambio masivo — %n clientes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Checking %n customer(s)…</source>
        <translation>
            <numerusform>Comprobando %n cliente…</numerusform>
            <numerusform>Comprobando %n clientes…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Bulk change %1 saved: %2</source>
        <translation>Cambio masivo %1 guardado: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Results: %1</source>
        <translation>Resultados: %1</translation>
    </message>
</context>
<context>
    <name>pac::BulkCsv</name>
    <message>
        <location filename="../portal/BulkCsv.cpp" line="+55"/>
        <source>line %1: %2</source>
        <translation>línea %1: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a quoted field is not closed.</source>
        <translation>un campo entre comillas no está cerrado.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 columns; there must be 3: customer_id,action,value.</source>
        <translation>%1 columnas; debe haber 3: customer_id,action,value.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the header must be customer_id,action,value.</source>
        <translation>el encabezado debe ser customer_id,action,value.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” is not a customer id.</source>
        <translation>“%1” no es un ID de cliente.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>there is no customer %1 in your list.</source>
        <translation>no hay ningún cliente %1 en su lista.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>replace_email needs OLD&gt;NEW, not “%1”.</source>
        <translation>replace_email necesita VIEJO&gt;NUEVO, no «%1».</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>“%1” is not net15 or due_on_receipt.</source>
        <translation>“%1” no es net15 ni due_on_receipt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ach_enable needs a reason.</source>
        <translation>ach_enable necesita un motivo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” is not an action; the actions are add_email, remove_email, replace_email, terms, ach_enable.</source>
        <translation>«%1» no es una acción; las acciones son add_email, remove_email, replace_email, terms, ach_enable.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>line 1: the header customer_id,action,value is missing.</source>
        <translation>línea 1: falta el encabezado customer_id,action,value.</translation>
    </message>
</context>
<context>
    <name>pac::BulkFeature</name>
    <message>
        <location filename="../ui/bulk/BulkFeature.cpp" line="+35"/>
        <source>&amp;Bulk change…</source>
        <translation>Cambio &amp;masivo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recent b&amp;ulk changes…</source>
        <translation>Cambios masivos rec&amp;ientes…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change the selected customers (or all those shown) at once, with a preview (Ctrl+Shift+B)</source>
        <translation>Cambiar a la vez los clientes seleccionados (o todos los mostrados), con vista previa (Ctrl+Mayús+B)</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>Nothing was saved: %1</source>
        <translation>No se guardó nada: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing to save: no customer changes.</source>
        <translation>Nada que guardar: ningún cliente cambia.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Bulk change %1 saved; sending it.</source>
        <translation>Cambio masivo %1 guardado; enviándolo.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Export the preview as CSV</source>
        <translation>Exportar la vista previa como CSV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Preview exported to %1</source>
        <translation>Vista previa exportada a %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The preview could not be exported to %1: %2</source>
        <translation>No se pudo exportar la vista previa a %1: %2</translation>
    </message>
</context>
<context>
    <name>pac::BulkPreviewTableModel</name>
    <message>
        <location filename="../presentation/BulkPreviewTableModel.cpp" line="+32"/>
        <source>will change</source>
        <translation>cambiará</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unchanged</source>
        <translation>sin cambios</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>skipped</source>
        <translation>omitido</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Customer %1 (not in your list)</source>
        <translation>Cliente %1 (no está en su lista)</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
</context>
<context>
    <name>pac::BulkRules</name>
    <message>
        <location filename="../portal/BulkChangeService.cpp" line="+170"/>
        <source>There is no bulk change %1.</source>
        <translation>No hay ningún cambio masivo %1.</translation>
    </message>
    <message>
        <location filename="../portal/BulkRules.cpp" line="+57"/>
        <source>(no address)</source>
        <translation>(sin dirección)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, limit %2</source>
        <translation>%1, límite %2</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Enabling ACH manually cannot be undone from a bulk change.</source>
        <translation>Habilitar ACH manualmente no se puede deshacer desde un cambio masivo.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 is already a billing contact of customer %2.</source>
        <translation>%1 ya es un contacto de facturación del cliente %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Net 15 would exceed the limit: typically %1 owed before an invoice falls due, against a limit of %2.</source>
        <translation>Neto 15 superaría el límite: normalmente se deben %1 antes de que venza una factura, frente a un límite de %2.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>There is no customer %1 in your list.</source>
        <translation>El cliente %1 no está en su lista.</translation>
    </message>
</context>
<context>
    <name>pac::BulkTotals</name>
    <message>
        <location line="-179"/>
        <source>%1 changed, %2 unchanged, %3 skipped</source>
        <translation>%1 cambiados, %2 sin cambios, %3 omitidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 will change, %2 unchanged, %3 skipped</source>
        <translation>%1 cambiarán, %2 sin cambios, %3 omitidos</translation>
    </message>
</context>
<context>
    <name>pac::BusinessIdentityPage</name>
    <message>
        <location filename="../ui/credit/CreditWizardPages.cpp" line="-69"/>
        <source>Business identity</source>
        <translation>Identidad de la empresa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The business that asks for credit, as registered.</source>
        <translation>La empresa que solicita el crédito, tal como está registrada.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Legal name</source>
        <translation>Razón social</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DBA (optional)</source>
        <translation>Nombre comercial (opcional)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Doing business as</source>
        <translation>Nombre con el que opera la empresa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EIN</source>
        <translation>EIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>Seleccione…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Entity type</source>
        <translation>Tipo de entidad</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Years in business</source>
        <translation>Años en actividad</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Billing address</source>
        <translation>Dirección de facturación</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Street</source>
        <translation>Calle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suite, floor (optional)</source>
        <translation>Oficina, piso (opcional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ZIP code</source>
        <translation>Código postal (ZIP)</translation>
    </message>
</context>
<context>
    <name>pac::CacheConnection</name>
    <message>
        <location filename="../storage/CacheConnection.cpp" line="+80"/>
        <source>Cannot open the local cache %1.</source>
        <translation>No se puede abrir la caché local %1.</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+48"/>
        <source>Cannot configure the local cache %1.</source>
        <translation>No se puede configurar la caché local %1.</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>The local cache %1 cannot use write-ahead logging.</source>
        <translation>La caché local %1 no puede usar el registro de escritura anticipada (WAL).</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Cannot checkpoint the local cache.</source>
        <translation>No se puede consolidar la caché local.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cannot check the integrity of the local cache.</source>
        <translation>No se puede comprobar la integridad de la caché local.</translation>
    </message>
</context>
<context>
    <name>pac::ConflictDialog</name>
    <message>
        <location filename="../ui/ConflictDialog.cpp" line="+26"/>
        <source>(no additional invoice emails)</source>
        <translation>(sin correos adicionales de facturación)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1
Credit limit %2</source>
        <translation>%1
Límite de crédito %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Credit limit %1</source>
        <translation>Límite de crédito %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the additional invoice emails</source>
        <translation>los correos adicionales de facturación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the payment terms</source>
        <translation>las condiciones de pago</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ACH</source>
        <translation>ACH</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>credit</source>
        <translation>el crédito</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an invoice sent again</source>
        <translation>una factura enviada de nuevo</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Resolve a conflict</source>
        <translation>Resolver un conflicto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;%1&lt;/b&gt; was changed on the portal after you edited %2. Choose the version to keep.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; se modificó en el portal después de que usted editara %2. Elija la versión que desea conservar.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Mine (not sent)</source>
        <translation>Mi versión (no enviada)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Theirs (on the portal now)</source>
        <translation>Versión del portal (la actual)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;b&gt;Merged&lt;/b&gt; (one address a line)</source>
        <translation>&lt;b&gt;Combinada&lt;/b&gt; (una dirección por línea)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Left out of the merge: %1</source>
        <translation>Quedó fuera de la combinación: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Keep mine</source>
        <translation>Conservar mi versión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send my edit again, on top of the portal&apos;s version</source>
        <translation>Volver a enviar mi cambio sobre la versión del portal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep theirs</source>
        <translation>Conservar la versión del portal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drop my edit and keep what the portal has</source>
        <translation>Descartar mi cambio y conservar lo que tiene el portal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use merged</source>
        <translation>Usar la combinada</translation>
    </message>
</context>
<context>
    <name>pac::ConsoleApplication</name>
    <message>
        <location filename="../ui/ConsoleApplication.cpp" line="+118"/>
        <source>Sign in to sync with the portal.</source>
        <translation>Inicie sesión para sincronizar con el portal.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your session has ended. Sign in again to sync.</source>
        <translation>Su sesión ha finalizado. Vuelva a iniciar sesión para sincronizar.</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>built-in demo portal</source>
        <translation>portal de demostración integrado</translation>
    </message>
</context>
<context>
    <name>pac::CreditApplication</name>
    <message>
        <location filename="../models/CreditApplication.cpp" line="+81"/>
        <source>An approved limit of %1 is not above the current limit of %2; decline the application instead.</source>
        <translation>Un límite aprobado de %1 no supera el límite actual de %2; rechace la solicitud en su lugar.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>An approved limit of %1 is above the %2 the customer asked for.</source>
        <translation>Un límite aprobado de %1 supera los %2 que solicitó el cliente.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Say why the application is declined.</source>
        <translation>Indique por qué se rechaza la solicitud.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Only a draft can be submitted; this application is “%1”.</source>
        <translation>Solo se puede enviar un borrador; esta solicitud está “%1”.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only a submitted application can be approved; this one is “%1”.</source>
        <translation>Solo se puede aprobar una solicitud enviada; esta está “%1”.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only a submitted application can be declined; this one is “%1”.</source>
        <translation>Solo se puede rechazar una solicitud enviada; esta está “%1”.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An application cannot go back to draft; this one is “%1”.</source>
        <translation>Una solicitud no puede volver a borrador; esta está “%1”.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Submitted</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approved</source>
        <translation>Aprobada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Declined</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sole proprietorship</source>
        <translation>Empresa unipersonal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partnership</source>
        <translation>Sociedad colectiva</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>LLC</source>
        <translation>LLC</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Corporation</source>
        <translation>Corporación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nonprofit</source>
        <translation>Sin fines de lucro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <location filename="../models/CreditApplicationValidation.cpp" line="+168"/>
        <source>%1 is required.</source>
        <translation>%1 es obligatorio.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 has %2 characters; at most %3 are allowed.</source>
        <translation>%1 tiene %2 caracteres; se permiten como máximo %3.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“%1” is already a trade reference.</source>
        <translation>“%1” ya es una referencia comercial.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“%1” is not an EIN; write it as NN-NNNNNNN.</source>
        <translation>“%1” no es un EIN; escríbalo como NN-NNNNNNN.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” is not an entity type.</source>
        <translation>“%1” no es un tipo de entidad.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“%1” is not a whole number of years.</source>
        <translation>“%1” no es un número entero de años.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 years is more than %2.</source>
        <translation>%1 años es más de %2.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>“%1” is not a US state code such as NY or CA.</source>
        <translation>“%1” no es un código de estado de EE. UU., como NY o CA.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” is not a ZIP code; write NNNNN or NNNNN-NNNN.</source>
        <translation>“%1” no es un código postal (ZIP); escriba NNNNN o NNNNN-NNNN.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” is not a US phone number.</source>
        <translation>“%1” no es un número de teléfono de EE. UU.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“%1” is not a valid email address.</source>
        <translation>“%1” no es una dirección de correo electrónico válida.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A limit of %1 is not above the current limit of %2.</source>
        <translation>Un límite de %1 no supera el límite actual de %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 must be more than %2.</source>
        <translation>%1 debe ser mayor que %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>At least %n trade reference(s) are needed; there are %1.</source>
        <translation>
            <numerusform>Se necesita al menos %n referencia comercial; hay %1.</numerusform>
            <numerusform>Se necesitan al menos %n referencias comerciales; hay %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The signature “%1” does not match the signer&apos;s name “%2”.</source>
        <translation>La firma “%1” no coincide con el nombre del firmante “%2”.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“%1” is not a date (YYYY-MM-DD).</source>
        <translation>“%1” no es una fecha (AAAA-MM-DD).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The customer must consent to the credit check and the terms.</source>
        <translation>El cliente debe dar su consentimiento para la verificación de crédito y las condiciones.</translation>
    </message>
</context>
<context>
    <name>pac::CreditApplicationDocument</name>
    <message>
        <location filename="../documents/CreditApplicationDocument.cpp" line="+72"/>
        <source>Credit application %1 — %2</source>
        <translation>Solicitud de crédito %1 — %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit application — %1 (draft)</source>
        <translation>Solicitud de crédito — %1 (borrador)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>I certify that the information in this application is true and complete, that I am authorized to sign it for the business, and I authorize the portal operator to contact the bank and trade references named here and to obtain credit reports to decide on the credit requested.</source>
        <translation>Certifico que la información de esta solicitud es verdadera y completa, que estoy autorizado para firmarla en nombre de la empresa, y autorizo al operador del portal a contactar a las referencias bancarias y comerciales aquí indicadas y a obtener informes de crédito para decidir sobre el crédito solicitado.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Submitted</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+9"/>
        <source>%1 by %2</source>
        <translation>%1 por %2</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Approved limit</source>
        <translation>Límite aprobado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason declined</source>
        <translation>Motivo del rechazo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decided</source>
        <translation>Decidida</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>1. Business identity</source>
        <translation>1. Identidad de la empresa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal name</source>
        <translation>Razón social</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Doing business as</source>
        <translation>Nombre comercial</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>EIN</source>
        <translation>EIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entity type</source>
        <translation>Tipo de entidad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Years in business</source>
        <translation>Años en operación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Billing address</source>
        <translation>Dirección de facturación</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>2. Accounts payable contact</source>
        <translation>2. Contacto de cuentas por pagar</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+48"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="-47"/>
        <location line="+16"/>
        <location line="+33"/>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location line="-48"/>
        <location line="+4"/>
        <location line="+11"/>
        <location line="+33"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>3. Bank reference</source>
        <translation>3. Referencia bancaria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bank</source>
        <translation>Banco</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+11"/>
        <source>4. Trade references</source>
        <translation>4. Referencias comerciales</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>None given.</source>
        <translation>No se indicó ninguna.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>5. Credit request</source>
        <translation>5. Solicitud de crédito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current credit limit</source>
        <translation>Límite de crédito actual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requested credit limit</source>
        <translation>Límite de crédito solicitado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expected monthly spend</source>
        <translation>Gasto mensual previsto</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+4"/>
        <source>6. Personal guarantor</source>
        <translation>6. Garante personal</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>No personal guarantor.</source>
        <translation>Sin garante personal.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Home address</source>
        <translation>Dirección particular</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Given</source>
        <translation>Otorgado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not given</source>
        <translation>No otorgado</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Signature (typed)</source>
        <translation>Firma (escrita)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>7. Consent and signature</source>
        <translation>7. Consentimiento y firma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Signer name</source>
        <translation>Nombre del firmante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signer title</source>
        <translation>Cargo del firmante</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Credit application %1</source>
        <translation>Solicitud de crédito %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit application (draft)</source>
        <translation>Solicitud de crédito (borrador)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Generated on %1 by Portal Agent Console.</source>
        <translation>Generado el %1 por Portal Agent Console.</translation>
    </message>
</context>
<context>
    <name>pac::CreditApplicationItem</name>
    <message>
        <location filename="../ui/credit/CreditApplicationItems.cpp" line="+71"/>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting to be sent</source>
        <translation>Pendiente de envío</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not accepted</source>
        <translation>No aceptada</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Decision waiting to be sent</source>
        <translation>Decisión pendiente de envío</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(no name yet)</source>
        <translation>(aún sin nombre)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>#%1 %2</source>
        <translation>#%1 %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Decision not accepted: %1</source>
        <translation>Decisión no aceptada: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Approved limit %1</source>
        <translation>Límite aprobado %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Declined: %1</source>
        <translation>Rechazada: %1</translation>
    </message>
</context>
<context>
    <name>pac::CreditApplicationItems</name>
    <message>
        <location line="+42"/>
        <source>The customer changed on the portal meanwhile: settle the conflict shown above, then it is sent again.</source>
        <translation>El cliente se modificó en el portal mientras tanto: resuelva el conflicto que se muestra arriba y luego se volverá a enviar.</translation>
    </message>
</context>
<context>
    <name>pac::CreditApplicationListModel</name>
    <message>
        <location filename="../ui/credit/CreditApplicationListModel.cpp" line="+76"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Application</source>
        <translation>Solicitud</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Requested</source>
        <translation>Solicitado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Updated</source>
        <translation>Actualizada</translation>
    </message>
</context>
<context>
    <name>pac::CreditApplicationsWindow</name>
    <message>
        <location filename="../ui/credit/CreditApplicationsWindow.cpp" line="+36"/>
        <source>Credit applications — decision queue</source>
        <translation>Solicitudes de crédito — cola de decisiones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit applications</source>
        <translation>Solicitudes de crédito</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Awaiting decision</source>
        <translation>Pendientes de decisión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All applications</source>
        <translation>Todas las solicitudes</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message numerus="yes">
        <location line="+60"/>
        <source>%n application(s)</source>
        <translation>
            <numerusform>%n solicitud</numerusform>
            <numerusform>%n solicitudes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pac::CreditDecisionFacts</name>
    <message>
        <location filename="../ui/credit/CreditDecisionFacts.cpp" line="+24"/>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n day(s) (since %1)</source>
        <translation>
            <numerusform>%n día (desde el %1)</numerusform>
            <numerusform>%n días (desde el %1)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+8"/>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>At least one — the last on %1</source>
        <translation>Al menos una — la última el %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Last on %1</source>
        <translation>La última el %1</translation>
    </message>
</context>
<context>
    <name>pac::CreditDecisionPanel</name>
    <message>
        <location filename="../ui/credit/CreditDecisionPanel.cpp" line="+67"/>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Approve</source>
        <translation>Aprobar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Decline</source>
        <translation>Rechazar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as PDF…</source>
        <translation>Guardar como PDF…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Current limit</source>
        <translation>Límite actual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Terms</source>
        <translation>Condiciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer for</source>
        <translation>Antigüedad como cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment issues, last 12 months</source>
        <translation>Incidencias de pago, últimos 12 meses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requested limit</source>
        <translation>Límite solicitado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected monthly spend</source>
        <translation>Gasto mensual previsto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitted</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Why the application is declined</source>
        <translation>Motivo del rechazo de la solicitud</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Approve a limit of</source>
        <translation>Aprobar un límite de</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>or decline because</source>
        <translation>o rechazar porque</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>No application selected</source>
        <translation>Ninguna solicitud seleccionada</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Application %1 — %2</source>
        <translation>Solicitud %1 — %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Application %1</source>
        <translation>Solicitud %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status: %1</source>
        <translation>Estado: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not in your list (sync first?)</source>
        <translation>No está en su lista (¿sincronizar primero?)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 by %2</source>
        <translation>%1 por %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Select an application.</source>
        <translation>Seleccione una solicitud.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your decision is waiting to be sent.</source>
        <translation>Su decisión está en espera de envío.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only submitted applications are decided; this one is %1.</source>
        <translation>Solo se pueden decidir solicitudes enviadas; el estado de esta es %1.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Approved with a limit of %1; the decision is on its way to the portal.</source>
        <translation>Aprobada con un límite de %1; la decisión se está enviando al portal.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Declined; the decision is on its way to the portal.</source>
        <translation>Rechazada; la decisión se está enviando al portal.</translation>
    </message>
</context>
<context>
    <name>pac::CreditDecisionQueueModel</name>
    <message>
        <location filename="../ui/credit/CreditDecisionQueueModel.cpp" line="+111"/>
        <source>Customer %1</source>
        <translation>Cliente %1</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not fetched yet</source>
        <translation>Aún no descargado</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>No.</source>
        <translation>Núm.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Requested</source>
        <translation>Solicitado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Monthly spend</source>
        <translation>Gasto mensual</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Current limit</source>
        <translation>Límite actual</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Terms</source>
        <translation>Condiciones</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer for</source>
        <translation>Antigüedad como cliente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payment issues (12 months)</source>
        <translation>Incidencias de pago (12 meses)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payment record (12 months)</source>
        <translation>Historial de pagos (12 meses)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Submitted</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The customer&apos;s invoices have not been fetched yet: select the application to fetch them.</source>
        <translation>Las facturas del cliente aún no se han descargado: seleccione la solicitud para descargarlas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Invoices: %1
Paid late: %2
Average days to pay: %3
Failed payments: %4</source>
        <translation>Facturas: %1
Pagadas tarde: %2
Días de pago en promedio: %3
Pagos fallidos: %4</translation>
    </message>
</context>
<context>
    <name>pac::CreditFeature</name>
    <message>
        <location filename="../ui/credit/CreditFeature.cpp" line="+37"/>
        <source>Credit</source>
        <translation>Crédito</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Saved the credit application as %1</source>
        <translation>Se guardó la solicitud de crédito como %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Credit &amp;applications…</source>
        <translation>&amp;Solicitudes de crédito…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Decide the credit applications waiting for support</source>
        <translation>Decidir las solicitudes de crédito que esperan al personal de soporte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The credit applications of your customers</source>
        <translation>Las solicitudes de crédito de sus clientes</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Select a customer to fill in a credit application for.</source>
        <translation>Seleccione un cliente para el que completar una solicitud de crédito.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The draft is gone.</source>
        <translation>El borrador ya no existe.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The draft cannot be read (“%1” has a wrong value).</source>
        <translation>No se puede leer el borrador (“%1” tiene un valor incorrecto).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The draft&apos;s customer is not in your list.</source>
        <translation>El cliente del borrador no está en su lista.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Finish or close the credit application that is open first.</source>
        <translation>Primero termine o cierre la solicitud de crédito que está abierta.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Credit application submitted; it is on its way to the portal.</source>
        <translation>Solicitud de crédito enviada; está en camino al portal.</translation>
    </message>
</context>
<context>
    <name>pac::CreditPdfExporter</name>
    <message>
        <location filename="../ui/credit/CreditPdfExporter.cpp" line="+40"/>
        <source>Save the credit application as PDF</source>
        <translation>Guardar la solicitud de crédito como PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>pac::CreditRequestPage</name>
    <message>
        <location filename="../ui/credit/CreditWizardPages.cpp" line="+50"/>
        <source>Credit request</source>
        <translation>Solicitud de crédito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The credit limit the customer asks for, above the one it has now.</source>
        <translation>El límite de crédito que solicita el cliente, superior al que tiene ahora.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Current limit</source>
        <translation>Límite actual</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Payment terms</source>
        <translation>Condiciones de pago</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requested limit</source>
        <translation>Límite solicitado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expected monthly spend</source>
        <translation>Gasto mensual previsto</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The customer pays on receipt now: the limit applies once it is on Net 15 terms.</source>
        <translation>El cliente ahora paga al recibir: el límite se aplica cuando pase a condiciones Neto 15.</translation>
    </message>
</context>
<context>
    <name>pac::CreditWizard</name>
    <message>
        <location filename="../ui/credit/CreditWizard.cpp" line="+28"/>
        <source>Credit application — %1</source>
        <translation>Solicitud de crédito — %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Submit</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The draft is kept: resume it from the customer&apos;s Credit tab.</source>
        <translation>El borrador se conserva: retómelo desde la pestaña Crédito del cliente.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Draft saved %1</source>
        <translation>Borrador guardado a las %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The draft could not be saved: %1</source>
        <translation>No se pudo guardar el borrador: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Resumed draft</source>
        <translation>Borrador retomado</translation>
    </message>
    <message>
        <location line="+45"/>
        <location line="+16"/>
        <source>The application was not submitted:</source>
        <translation>La solicitud no se envió:</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>the draft could not be saved first.</source>
        <translation>no se pudo guardar antes el borrador.</translation>
    </message>
</context>
<context>
    <name>pac::CsvExporter</name>
    <message>
        <location filename="../ui/customers/CsvExporter.cpp" line="+25"/>
        <source>Export the customers shown as CSV</source>
        <translation>Exportar los clientes mostrados como CSV</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>An export is already being written.</source>
        <translation>Ya se está escribiendo una exportación.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” could not be opened for writing: %2</source>
        <translation>No se pudo abrir “%1” para escritura: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The customer list was reloaded during the export; export again.</source>
        <translation>La lista de clientes se recargó durante la exportación; vuelva a exportar.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>“%1” could not be written: %2</source>
        <translation>No se pudo escribir “%1”: %2</translation>
    </message>
</context>
<context>
    <name>pac::CustomerActions</name>
    <message>
        <location filename="../ui/CustomerActions.cpp" line="+36"/>
        <source>This customer is no longer in the list.</source>
        <translation>Este cliente ya no está en la lista.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Moved to Net 15; sending to the portal.</source>
        <translation>Cambiado a Neto 15; enviando al portal.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moved to due on receipt; sending to the portal.</source>
        <translation>Cambiado a pago al recibir; enviando al portal.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>ACH enabled manually; sending to the portal.</source>
        <translation>ACH habilitado manualmente; enviando al portal.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Invoice emails saved; sending to the portal.</source>
        <translation>Correos de facturación guardados; enviando al portal.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This customer has no conflict to resolve any more.</source>
        <translation>Este cliente ya no tiene ningún conflicto que resolver.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Conflict resolved: the portal&apos;s version is kept.</source>
        <translation>Conflicto resuelto: se conserva la versión del portal.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflict resolved; sending your version to the portal.</source>
        <translation>Conflicto resuelto; enviando su versión al portal.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The refused edit was discarded.</source>
        <translation>Se descartó el cambio rechazado.</translation>
    </message>
</context>
<context>
    <name>pac::CustomerColumns</name>
    <message>
        <location filename="../customerindex/CustomerColumn.cpp" line="+14"/>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Master agent</source>
        <translation>Agente maestro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Terms</source>
        <translation>Condiciones</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Credit limit</source>
        <translation>Límite de crédito</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>% of limit</source>
        <translation>% del límite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ACH</source>
        <translation>ACH</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invoice emails</source>
        <translation>Correos de factura</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Updated</source>
        <translation>Actualizado</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Account number</source>
        <translation>Número de cuenta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer-level master agent</source>
        <translation>Agente maestro a nivel de cliente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payment terms</source>
        <translation>Condiciones de pago</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Balance as a percentage of the credit limit</source>
        <translation>Saldo como porcentaje del límite de crédito</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ACH bank debit</source>
        <translation>Débito bancario ACH</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number of additional invoice emails</source>
        <translation>Número de correos adicionales de facturación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last changed on the portal</source>
        <translation>Última modificación en el portal</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>%1: %2</source>
        <comment>ACH status: why</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No credit limit</source>
        <translation>Sin límite de crédito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance %1 of a credit limit of %2</source>
        <translation>Saldo de %1 sobre un límite de crédito de %2</translation>
    </message>
</context>
<context>
    <name>pac::CustomerCreditTab</name>
    <message>
        <location filename="../ui/credit/CustomerCreditTab.cpp" line="+38"/>
        <source>New application…</source>
        <translation>Nueva solicitud…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+152"/>
        <source>Delete draft</source>
        <translation>Eliminar borrador</translation>
    </message>
    <message>
        <location line="-151"/>
        <source>Save as PDF…</source>
        <translation>Guardar como PDF…</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Credit limit %1 (%2). A higher limit needs a credit application, decided by support staff.</source>
        <translation>Límite de crédito %1 (%2). Un límite mayor requiere una solicitud de crédito, que decide el personal de soporte.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Select a customer first.</source>
        <translation>Seleccione primero un cliente.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Delete the draft?</source>
        <translation>¿Eliminar el borrador?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The draft “%1” and everything typed into it will be gone.</source>
        <translation>El borrador “%1” y todo lo que se haya escrito en él se perderán.</translation>
    </message>
</context>
<context>
    <name>pac::CustomerCsvWriter</name>
    <message>
        <location filename="../customerindex/CustomerCsvWriter.cpp" line="+101"/>
        <source>The CSV file is not open for writing.</source>
        <translation>El archivo CSV no está abierto para escritura.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not write the CSV file: %1</source>
        <translation>No se pudo escribir el archivo CSV: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
</context>
<context>
    <name>pac::CustomerEditService</name>
    <message>
        <location filename="../portal/CustomerEditRules.cpp" line="+41"/>
        <source>Customer %1 changed on the portal while an earlier edit was on its way; resolve that conflict first (mine, theirs or merged).</source>
        <translation>El cliente %1 cambió en el portal mientras se enviaba un cambio anterior; resuelva primero ese conflicto (mi versión, la del portal o combinada).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>An earlier edit of customer %1 was refused by the portal (%2); discard or correct it first.</source>
        <translation>El portal rechazó un cambio anterior del cliente %1 (%2); descártelo o corríjalo primero.</translation>
    </message>
    <message>
        <location filename="../portal/CustomerEditService.cpp" line="+53"/>
        <location filename="../portal/CustomerEditServiceInvoices.cpp" line="+29"/>
        <source>There is no customer %1 in your list.</source>
        <translation>El cliente %1 no está en su lista.</translation>
    </message>
    <message>
        <location filename="../portal/CustomerEditRules.cpp" line="+16"/>
        <source>The invoice emails are already these.</source>
        <translation>Los correos de facturación ya son estos.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No email address to add was given.</source>
        <translation>No se indicó ninguna dirección de correo para agregar.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>“%1” is not one of the invoice emails of customer %2.</source>
        <translation>“%1” no es uno de los correos de facturación del cliente %2.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Customer %1 is already on %2.</source>
        <translation>El cliente %1 ya tiene %2.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>ACH is already enabled manually for customer %1 (by %2), for that reason.</source>
        <translation>El ACH ya está habilitado manualmente para el cliente %1 (por %2), por ese motivo.</translation>
    </message>
    <message>
        <location filename="../portal/CustomerEditService.cpp" line="+86"/>
        <source>There is no edit %1 in the outbox.</source>
        <translation>No hay ningún cambio %1 en la bandeja de salida.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit %1 is being sent right now; wait for the portal&apos;s answer.</source>
        <translation>El cambio %1 se está enviando en este momento; espere la respuesta del portal.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Edit %1 was discarded.</source>
        <translation>Se descartó el cambio %1.</translation>
    </message>
    <message>
        <location filename="../portal/CustomerEditServiceAch.cpp" line="+80"/>
        <source>Customer %1 has edits not yet sent to the portal; send them first, then change its bank accounts.</source>
        <translation>El cliente %1 tiene cambios aún no enviados al portal; envíelos primero y luego cambie sus cuentas bancarias.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>The customer changed on the portal; sync and try again.</source>
        <translation>El cliente cambió en el portal; sincronice e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../portal/CustomerEditServiceConflicts.cpp" line="+72"/>
        <source>Customer %1 has no conflict to resolve.</source>
        <translation>El cliente %1 no tiene ningún conflicto que resolver.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Only invoice email lists can be merged; keep yours or theirs.</source>
        <translation>Solo se pueden combinar listas de correos de facturación; conserve su versión o la del portal.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Your edit was dropped; customer %1 is as the portal has it.</source>
        <translation>Se descartó su cambio; el cliente %1 queda como lo tiene el portal.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The conflict of customer %1 is resolved.</source>
        <translation>Se resolvió el conflicto del cliente %1.</translation>
    </message>
    <message>
        <location filename="../portal/CustomerEditServiceCredit.cpp" line="+27"/>
        <source>There is no credit application draft %1.</source>
        <translation>No existe el borrador de solicitud de crédito %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The draft cannot be read: “%1” has a wrong value.</source>
        <translation>No se puede leer el borrador: “%1” tiene un valor incorrecto.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>There is no credit application %1 in your list (sync first?).</source>
        <translation>La solicitud de crédito %1 no está en su lista (¿sincronizar primero?).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The cached application %1 cannot be read (“%2”).</source>
        <translation>No se puede leer la solicitud %1 en caché (“%2”).</translation>
    </message>
    <message>
        <location filename="../portal/CustomerEditServiceInvoices.cpp" line="-10"/>
        <source>Invoice %1 is not among the invoices kept on this computer; open the customer&apos;s invoices first.</source>
        <translation>La factura %1 no está entre las facturas guardadas en este equipo; abra primero las facturas del cliente.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Customer %1 has no billing contact and no Additional Invoice Email: there is nobody to send invoice %2 to.</source>
        <translation>El cliente %1 no tiene contacto de facturación ni correo adicional de facturas: no hay a quién enviar la factura %2.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Invoice %1 is already waiting to be sent again (edit %2).</source>
        <translation>La factura %1 ya espera para enviarse de nuevo (cambio %2).</translation>
    </message>
</context>
<context>
    <name>pac::CustomerRecords</name>
    <message>
        <location filename="../storage/CustomerRecords.cpp" line="+139"/>
        <source>The local cache could not be read or written.</source>
        <translation>No se pudo leer ni escribir la caché local.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The local copy of customer %1 is damaged.</source>
        <translation>La copia local del cliente %1 está dañada.</translation>
    </message>
    <message>
        <location line="+197"/>
        <source>Customer %1 is not in the local cache.</source>
        <translation>El cliente %1 no está en la caché local.</translation>
    </message>
</context>
<context>
    <name>pac::CustomerStore</name>
    <message>
        <location filename="../storage/CacheWriter.cpp" line="+98"/>
        <source>Cannot start saving the customers.</source>
        <translation>No se puede empezar a guardar los clientes.</translation>
    </message>
    <message>
        <location filename="../storage/CustomerStore.cpp" line="+105"/>
        <source>Saving customers was cancelled.</source>
        <translation>Se canceló el guardado de los clientes.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>The local copy of customer %1 is damaged.</source>
        <translation>La copia local del cliente %1 está dañada.</translation>
    </message>
</context>
<context>
    <name>pac::CustomerTablePanel</name>
    <message>
        <location filename="../ui/customers/CustomerTablePanel.cpp" line="+38"/>
        <source>Filter by name, account number or email  (Ctrl+F)</source>
        <translation>Filtrar por nombre, número de cuenta o correo  (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filter customers</source>
        <translation>Filtrar clientes</translation>
    </message>
    <message numerus="yes">
        <location line="+57"/>
        <source>%1 of %n customer(s)</source>
        <translation>
            <numerusform>%1 de %n cliente</numerusform>
            <numerusform>%1 de %n clientes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+194"/>
        <source>The customers kept on this computer could not be read: %1</source>
        <translation>No se pudieron leer los clientes guardados en este equipo: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading customers…</source>
        <translation>Cargando clientes…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No customers yet. They appear here after the first sync (Ctrl+R).</source>
        <translation>Aún no hay clientes. Aparecerán aquí después de la primera sincronización (Ctrl+R).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No customers in this view.</source>
        <translation>No hay clientes en esta vista.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No customer in this view matches “%1”. Check the spelling, or look in All customers.</source>
        <translation>Ningún cliente de esta vista coincide con “%1”. Revise la ortografía o busque en Todos los clientes.</translation>
    </message>
</context>
<context>
    <name>pac::CustomerViews</name>
    <message>
        <location filename="../customerindex/CustomerView.cpp" line="+69"/>
        <source>All customers</source>
        <translation>Todos los clientes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Net 15</source>
        <translation>Neto 15</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ACH eligible but not enrolled</source>
        <translation>Elegibles para ACH pero no inscritos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payment issue in the last 90 days</source>
        <translation>Incidencia de pago en los últimos 90 días</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Near credit limit (80 % or more used)</source>
        <translation>Cerca del límite de crédito (80 % o más usado)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pending edits and conflicts</source>
        <translation>Cambios pendientes y conflictos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Credit applications awaiting decision</source>
        <translation>Solicitudes de crédito en espera de decisión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Past due now</source>
        <translation>Vencidos ahora</translation>
    </message>
</context>
<context>
    <name>pac::DetailPanel</name>
    <message>
        <location filename="../ui/DetailPanel.cpp" line="+64"/>
        <source>&amp;Billing</source>
        <translation>&amp;Facturación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Invoice recipients</source>
        <translation>&amp;Destinatarios de la factura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;History</source>
        <translation>&amp;Historial</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Select a customer to see their billing terms, ACH, invoice recipients and history.

Tip: Ctrl+F filters the list; the arrow keys move through it.</source>
        <translation>Seleccione un cliente para ver sus condiciones de facturación, ACH, destinatarios de la factura e historial.

Sugerencia: Ctrl+F filtra la lista; las teclas de flecha permiten recorrerla.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Agent: %1</source>
        <translation>Agente: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Master agent: %1</source>
        <translation>Agente maestro: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer since %1</source>
        <translation>Cliente desde %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country: %1</source>
        <translation>País: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n edit(s) not sent yet</source>
        <translation>
            <numerusform>%n cambio aún sin enviar</numerusform>
            <numerusform>%n cambios aún sin enviar</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&lt;b&gt;Conflict:&lt;/b&gt; this customer was changed on the portal after your edit. Choose which version to keep.</source>
        <translation>&lt;b&gt;Conflicto:&lt;/b&gt; este cliente se modificó en el portal después de su cambio. Elija qué versión conservar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resolve…</source>
        <translation>Resolver…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&lt;b&gt;The portal refused an edit:&lt;/b&gt; %1 Discard it to make new changes.</source>
        <translation>&lt;b&gt;El portal rechazó un cambio:&lt;/b&gt; %1 Descártelo para hacer nuevos cambios.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Discard the edit</source>
        <translation>Descartar el cambio</translation>
    </message>
</context>
<context>
    <name>pac::DraftStore</name>
    <message>
        <location filename="../storage/DraftStore.cpp" line="+49"/>
        <source>A draft must belong to a customer.</source>
        <translation>Un borrador debe pertenecer a un cliente.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The draft no longer exists (it was submitted or deleted).</source>
        <translation>El borrador ya no existe (se envió o se eliminó).</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>The draft no longer exists.</source>
        <translation>El borrador ya no existe.</translation>
    </message>
</context>
<context>
    <name>pac::EditResult</name>
    <message>
        <location filename="../portal/EditResult.cpp" line="-168"/>
        <source>Saved; it will be sent to the portal.</source>
        <translation>Guardado; se enviará al portal.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Not signed in: sign in to the portal first.</source>
        <translation>No ha iniciado sesión: inicie sesión en el portal primero.</translation>
    </message>
    <message>
        <location filename="../portal/BulkChangeService.cpp" line="-120"/>
        <location line="+85"/>
        <source>Sign in first.</source>
        <translation>Inicie sesión primero.</translation>
    </message>
</context>
<context>
    <name>pac::FileCredentialStore</name>
    <message>
        <location filename="../storage/FileCredentialStore.cpp" line="+32"/>
        <source>No system keychain is available: the sign-in token is kept in %1, readable only by you.</source>
        <translation>No hay un llavero del sistema disponible: el token de inicio de sesión se guarda en %1, legible solo por usted.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is damaged; sign in again to replace it.</source>
        <translation>%1 está dañado; inicie sesión de nuevo para reemplazarlo.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+9"/>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Cannot make %1 readable only by you.</source>
        <translation>No se puede hacer que %1 sea legible solo por usted.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No saved sign-in was found.</source>
        <translation>No se encontró ningún inicio de sesión guardado.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Cannot remove %1.</source>
        <translation>No se puede eliminar %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>file %1</source>
        <translation>archivo %1</translation>
    </message>
</context>
<context>
    <name>pac::GuarantorPage</name>
    <message>
        <location filename="../ui/credit/CreditWizardPages.cpp" line="+17"/>
        <source>A person guarantees the credit personally</source>
        <translation>Una persona garantiza el crédito a título personal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personal guarantor</source>
        <translation>Garante personal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Personal guarantor (optional)</source>
        <translation>Garante personal (opcional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An owner or officer who answers for the debt if the business does not.</source>
        <translation>Un propietario o directivo que responde por la deuda si la empresa no lo hace.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Home street</source>
        <translation>Calle del domicilio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apartment (optional)</source>
        <translation>Apartamento (opcional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ZIP code</source>
        <translation>Código postal (ZIP)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email (optional)</source>
        <translation>Correo electrónico (opcional)</translation>
    </message>
</context>
<context>
    <name>pac::HistoryTab</name>
    <message>
        <location filename="../ui/history/HistoryTab.cpp" line="+61"/>
        <location line="+18"/>
        <source>Loading the history…</source>
        <translation>Cargando el historial…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>History as of %1; asking the portal for changes since…</source>
        <translation>Historial al %1; consultando al portal los cambios posteriores…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No changes recorded yet. Changes to invoice emails, terms, ACH and credit appear here with who made them.</source>
        <translation>Aún no hay cambios registrados. Aquí aparecen los cambios de correos de facturación, condiciones, ACH y crédito, con quién los hizo.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n change(s), newest first.</source>
        <translation>
            <numerusform>%n cambio, el más reciente primero.</numerusform>
            <numerusform>%n cambios, los más recientes primero.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Showing the history kept on this computer; the portal could not be asked: %1</source>
        <translation>Se muestra el historial guardado en este equipo; no se pudo consultar al portal: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The history could not be loaded: %1</source>
        <translation>No se pudo cargar el historial: %1</translation>
    </message>
</context>
<context>
    <name>pac::HistoryTableModel</name>
    <message>
        <location filename="../presentation/HistoryTableModel.cpp" line="+76"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>After</source>
        <translation>Después</translation>
    </message>
</context>
<context>
    <name>pac::HistoryText</name>
    <message>
        <location filename="../presentation/HistoryText.cpp" line="+23"/>
        <source>Invoice emails changed</source>
        <translation>Correos de facturación modificados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Credit limit set by the payment terms</source>
        <translation>Límite de crédito fijado por las condiciones de pago</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment terms changed</source>
        <translation>Condiciones de pago modificadas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ACH enabled manually</source>
        <translation>ACH habilitado manualmente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ACH bank account added</source>
        <translation>Cuenta bancaria ACH agregada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ACH bank account verified</source>
        <translation>Cuenta bancaria ACH verificada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ACH bank account could not be verified</source>
        <translation>No se pudo verificar la cuenta bancaria ACH</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Default payment method set</source>
        <translation>Método de pago predeterminado establecido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ACH authorization revoked</source>
        <translation>Autorización ACH revocada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Credit application submitted</source>
        <translation>Solicitud de crédito enviada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Credit application approved: limit changed</source>
        <translation>Solicitud de crédito aprobada: límite modificado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit application decided</source>
        <translation>Solicitud de crédito decidida</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>—</source>
        <comment>no value</comment>
        <translation>—</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: “%2”</source>
        <translation>%1: “%2”</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Savings account ••••%1</source>
        <translation>Cuenta de ahorros ••••%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checking account ••••%1</source>
        <translation>Cuenta corriente ••••%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account ••••%1</source>
        <translation>Cuenta ••••%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1, %2 requested</source>
        <translation>%1, %2 solicitado</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1
%2</source>
        <comment>who made a change: name, then role</comment>
        <translation>%1
%2</translation>
    </message>
</context>
<context>
    <name>pac::InMemoryCredentialStore</name>
    <message>
        <location filename="../storage/InMemoryCredentialStore.cpp" line="+12"/>
        <source>No system keychain is available.</source>
        <translation>No hay un llavero del sistema disponible.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No saved sign-in was found.</source>
        <translation>No se encontró ningún inicio de sesión guardado.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>memory</source>
        <translation>memoria</translation>
    </message>
</context>
<context>
    <name>pac::InvoiceEmailEditor</name>
    <message>
        <location filename="../ui/recipients/InvoiceEmailEditor.cpp" line="+47"/>
        <source>Add</source>
        <translation>Agregar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revert</source>
        <translation>Revertir</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&lt;b&gt;Additional invoice emails&lt;/b&gt; (CC)</source>
        <translation>&lt;b&gt;Correos adicionales de facturación&lt;/b&gt; (CC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No additional addresses: invoices go to the billing contacts only. Add up to %1 addresses below.</source>
        <translation>No hay direcciones adicionales: las facturas se envían solo a los contactos de facturación. Agregue hasta %1 direcciones a continuación.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type or paste addresses: one a line, or separated by commas or semicolons (&quot;Ann &lt;ann@example.com&gt;&quot; works)</source>
        <translation>Escriba o pegue direcciones: una por línea, o separadas por comas o punto y coma (&quot;Ann &lt;ann@example.com&gt;&quot; funciona)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Addresses to add</source>
        <translation>Direcciones que agregar</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+96"/>
        <source>Add the addresses (Ctrl+Enter)</source>
        <translation>Agregar las direcciones (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>These addresses changed meanwhile (a sync or another edit). Your changes are kept; Revert shows the current list.</source>
        <translation>Estas direcciones cambiaron mientras tanto (por una sincronización u otro cambio). Sus cambios se conservan; Revertir muestra la lista actual.</translation>
    </message>
    <message>
        <location line="+168"/>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Correct or remove the marked addresses to save.</source>
        <translation>Corrija o quite las direcciones marcadas para guardar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unsaved changes.</source>
        <translation>Cambios sin guardar.</translation>
    </message>
</context>
<context>
    <name>pac::InvoiceEmailList</name>
    <message>
        <location filename="../models/InvoiceEmailList.cpp" line="+106"/>
        <source>At most %1 invoice emails can be kept; %2 were sent.</source>
        <translation>Se pueden guardar como máximo %1 correos de facturación; se enviaron %2.</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>An empty entry is not a valid email address.</source>
        <translation>Una entrada vacía no es una dirección de correo válida.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is not a valid email address.</source>
        <translation>“%1” no es una dirección de correo válida.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” is already in the list.</source>
        <translation>“%1” ya está en la lista.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>“%1” cannot be added: at most %n addresses are allowed.</source>
        <translation>
            <numerusform>No se puede agregar “%1”: se permite como máximo %n dirección.</numerusform>
            <numerusform>No se puede agregar “%1”: se permiten como máximo %n direcciones.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pac::InvoiceEmailRow</name>
    <message>
        <location filename="../ui/recipients/InvoiceEmailRow.cpp" line="+17"/>
        <source>Billing contact</source>
        <translation>Contacto de facturación</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This address is also a billing contact: it already receives every invoice (To:), so CC&apos;ing it adds nothing.</source>
        <translation>Esta dirección también es un contacto de facturación: ya recibe todas las facturas (Para:), así que ponerla en CC no aporta nada.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove this address</source>
        <translation>Quitar esta dirección</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Invoice email %1</source>
        <translation>Correo de facturación %1</translation>
    </message>
</context>
<context>
    <name>pac::InvoiceFeature</name>
    <message>
        <location filename="../ui/invoices/InvoiceFeature.cpp" line="+32"/>
        <source>In&amp;voices</source>
        <translation>Fa&amp;cturas</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Invoice saved to %1</source>
        <translation>Factura guardada en %1</translation>
    </message>
</context>
<context>
    <name>pac::InvoicePdfActions</name>
    <message>
        <location filename="../ui/invoices/InvoicePdfActions.cpp" line="+42"/>
        <source>Save invoice %1 as PDF</source>
        <translation>Guardar la factura %1 como PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Invoice %1 could not be saved to %2: %3</source>
        <translation>No se pudo guardar la factura %1 en %2: %3</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The PDF of invoice %1 could not be fetched (the portal draws it): %2</source>
        <translation>No se pudo obtener el PDF de la factura %1 (lo genera el portal): %2</translation>
    </message>
</context>
<context>
    <name>pac::InvoicePdfWindow</name>
    <message>
        <location filename="../ui/invoices/InvoicePdfWindow.cpp" line="+30"/>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Guardar PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open in the system &amp;viewer</source>
        <translation>Abrir en el &amp;visor del sistema</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Invoice %1</source>
        <translation>Factura %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Invoice %1 as PDF</source>
        <translation>Factura %1 en PDF</translation>
    </message>
    <message numerus="yes">
        <location line="+42"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n página</numerusform>
            <numerusform>%n páginas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The PDF could not be shown here; open it in the system viewer or save it.</source>
        <translation>El PDF no se puede mostrar aquí; ábralo en el visor del sistema o guárdelo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Opening…</source>
        <translation>Abriendo…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No system viewer could be opened: save the PDF instead.</source>
        <translation>No se pudo abrir ningún visor del sistema: guarde el PDF.</translation>
    </message>
</context>
<context>
    <name>pac::InvoiceRecipientsTab</name>
    <message>
        <location filename="../ui/recipients/InvoiceRecipientsTab.cpp" line="+46"/>
        <source>Includes changes not yet accepted by the portal.</source>
        <translation>Incluye cambios que el portal aún no ha aceptado.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>To:</source>
        <translation>Para:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CC:</source>
        <translation>CC:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;The next invoice goes to&lt;/b&gt;</source>
        <translation>&lt;b&gt;La próxima factura se envía a&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>&lt;i&gt;No billing contact with an email address&lt;/i&gt;</source>
        <translation>&lt;i&gt;Ningún contacto de facturación con dirección de correo electrónico&lt;/i&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;i&gt;Nobody in CC&lt;/i&gt;</source>
        <translation>&lt;i&gt;Nadie en CC&lt;/i&gt;</translation>
    </message>
</context>
<context>
    <name>pac::InvoiceResendAction</name>
    <message>
        <location filename="../ui/invoices/InvoiceResendAction.cpp" line="+57"/>
        <source>Invoice %1 is queued to be sent again.</source>
        <translation>La factura %1 está en cola para enviarse de nuevo.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Invoice %1 was sent again.</source>
        <translation>La factura %1 se envió de nuevo.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The portal refused to send invoice %1 again: %2</source>
        <translation>El portal rechazó enviar de nuevo la factura %1: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Invoice %1 waits in the outbox to be sent again: %2</source>
        <translation>La factura %1 espera en la bandeja de salida para enviarse de nuevo: %2</translation>
    </message>
</context>
<context>
    <name>pac::InvoiceResendDialog</name>
    <message>
        <location filename="../ui/invoices/InvoiceResendDialog.cpp" line="+43"/>
        <source>Resend invoice %1</source>
        <translation>Reenviar la factura %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send invoice &lt;b&gt;%1&lt;/b&gt; (issued %2, %3, %4) again to the recipients of &lt;b&gt;%5&lt;/b&gt;:</source>
        <translation>Enviar de nuevo la factura &lt;b&gt;%1&lt;/b&gt; (emitida el %2, %3, %4) a los destinatarios de &lt;b&gt;%5&lt;/b&gt;:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>To:</source>
        <translation>Para:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No billing contact with an email address</source>
        <translation>Ningún contacto de facturación con correo electrónico</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CC:</source>
        <translation>CC:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody in CC</source>
        <translation>Nadie en CC</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>It waits in the outbox until the portal can be reached, and is sent once.</source>
        <translation>Espera en la bandeja de salida hasta que se pueda contactar con el portal, y se envía una sola vez.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is nobody to send it to. Add an Additional Invoice Email on the Invoice recipients tab, or a billing contact on the portal, first.</source>
        <translation>No hay a quién enviarla. Añada primero un correo adicional de facturas en la pestaña Destinatarios de facturas, o un contacto de facturación en el portal.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Send again</source>
        <translation>Enviar de nuevo</translation>
    </message>
</context>
<context>
    <name>pac::InvoiceStore</name>
    <message>
        <location filename="../storage/InvoiceStore.cpp" line="+93"/>
        <location line="+25"/>
        <location line="+55"/>
        <source>The cached invoices of customer %1 cannot be read.</source>
        <translation>No se pueden leer las facturas guardadas del cliente %1.</translation>
    </message>
</context>
<context>
    <name>pac::InvoiceTableModel</name>
    <message>
        <location filename="../presentation/InvoiceTableModel.cpp" line="+39"/>
        <source>This invoice has not been sent yet.</source>
        <translation>Esta factura aún no se ha enviado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sent %1</source>
        <translation>Enviada el %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To: %1</source>
        <translation>Para: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>nobody</source>
        <translation>nadie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CC: %1</source>
        <translation>CC: %1</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Invoice</source>
        <translation>Factura</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Issued</source>
        <translation>Emitida</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid</source>
        <translation>Pagada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent to</source>
        <translation>Enviada a</translation>
    </message>
</context>
<context>
    <name>pac::InvoiceText</name>
    <message>
        <location filename="../presentation/InvoiceText.cpp" line="+14"/>
        <source>nobody</source>
        <translation>nadie</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: ACH payment of %2</source>
        <translation>%1: pago ACH de %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: card payment of %2</source>
        <translation>%1: pago con tarjeta de %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no reason given</source>
        <translation>sin motivo indicado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: ACH payment of %2 failed (%3)</source>
        <translation>%1: el pago ACH de %2 falló (%3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: card payment of %2 failed (%3)</source>
        <translation>%1: el pago con tarjeta de %2 falló (%3)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: sent by the portal to %2; CC %3</source>
        <translation>%1: enviada por el portal a %2; CC %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: resent by %2 (%3) to %4; CC %5</source>
        <translation>%1: reenviada por %2 (%3) a %4; CC %5</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Period %1 – %2 · issued %3 · due %4 · %5</source>
        <translation>Periodo %1 – %2 · emitida el %3 · vence el %4 · %5</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit price</source>
        <translation>Precio unitario</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paid %1 of %2.</source>
        <translation>Pagado %1 de %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Payments</source>
        <translation>Pagos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No payment yet.</source>
        <translation>Aún no hay pagos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sent</source>
        <translation>Envíos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not sent yet.</source>
        <translation>Aún no se ha enviado.</translation>
    </message>
</context>
<context>
    <name>pac::InvoicesTab</name>
    <message>
        <location filename="../ui/invoices/InvoicesTab.cpp" line="+29"/>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;PDF…</source>
        <translation>Guardar &amp;PDF…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Show the selected invoice as the customer receives it</source>
        <translation>Mostrar la factura seleccionada tal como la recibe el cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the selected invoice as a PDF file</source>
        <translation>Guardar la factura seleccionada como archivo PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoices</source>
        <translation>Facturas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selected invoice</source>
        <translation>Factura seleccionada</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Select an invoice to see its lines, payments and sendings.</source>
        <translation>Seleccione una factura para ver sus líneas, pagos y envíos.</translation>
    </message>
    <message>
        <location line="+51"/>
        <location line="+18"/>
        <source>Loading the invoices…</source>
        <translation>Cargando las facturas…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Invoices as of %1; asking the portal for changes since…</source>
        <translation>Facturas a fecha de %1; consultando al portal los cambios desde entonces…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No invoices yet.</source>
        <translation>Aún no hay facturas.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n invoice(s), newest first.</source>
        <translation>
            <numerusform>%n factura, de la más reciente a la más antigua.</numerusform>
            <numerusform>%n facturas, de la más reciente a la más antigua.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 %n past due.</source>
        <translation>
            <numerusform>%1 %n vencida.</numerusform>
            <numerusform>%1 %n vencidas.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No invoices are kept on this computer for this customer yet.</source>
        <translation>Este equipo aún no guarda facturas de este cliente.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Showing the invoices kept on this computer; the portal could not be asked: %1</source>
        <translation>Se muestran las facturas guardadas en este equipo; no se pudo consultar al portal: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The invoices could not be loaded: %1</source>
        <translation>No se pudieron cargar las facturas: %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;Resend invoice…</source>
        <translation>&amp;Reenviar factura…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send the selected invoice again to the customer&apos;s recipients as they are now</source>
        <translation>Enviar de nuevo la factura seleccionada a los destinatarios actuales del cliente</translation>
    </message>
</context>
<context>
    <name>pac::KeychainCredentialStore</name>
    <message>
        <location filename="../storage/KeychainCredentialStore.cpp" line="+43"/>
        <source>No system keychain is available.</source>
        <translation>No hay ningún llavero del sistema disponible.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No saved sign-in was found.</source>
        <translation>No se encontró ningún inicio de sesión guardado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The system keychain refused: %1</source>
        <translation>El llavero del sistema rechazó la operación: %1</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>system keychain</source>
        <translation>llavero del sistema</translation>
    </message>
</context>
<context>
    <name>pac::LocalEdits</name>
    <message>
        <location filename="../storage/OutboxEdit.cpp" line="+89"/>
        <source>The invoice emails edit needs “emails”, a list of addresses.</source>
        <translation>El cambio de correos de facturación requiere “emails”, una lista de direcciones.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The payment terms edit needs “terms”: due_on_receipt or net15.</source>
        <translation>El cambio de condiciones de pago requiere “terms”: due_on_receipt o net15.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enabling ACH by hand needs a reason.</source>
        <translation>Para habilitar ACH manualmente se requiere un motivo.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The credit application has an invalid “%1”.</source>
        <translation>La solicitud de crédito tiene un campo “%1” no válido.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The credit decision has an invalid “%1”.</source>
        <translation>La decisión de crédito tiene un campo “%1” no válido.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sending an invoice again needs “invoice_id”, the invoice&apos;s id.</source>
        <translation>Reenviar una factura necesita «invoice_id», el id de la factura.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unknown kind of edit.</source>
        <translation>Tipo de cambio pendiente desconocido.</translation>
    </message>
</context>
<context>
    <name>pac::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="+55"/>
        <source>%1 (%2) — Portal Agent Console</source>
        <translation>%1 (%2) — Portal Agent Console</translation>
    </message>
    <message numerus="yes">
        <location line="+62"/>
        <source>%n customer(s) exported to %1.</source>
        <translation>
            <numerusform>%n cliente exportado a %1.</numerusform>
            <numerusform>%n clientes exportados a %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;Sync now</source>
        <translation>&amp;Sincronizar ahora</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send your edits and get the portal&apos;s changes (Ctrl+R)</source>
        <translation>Enviar sus cambios y recibir los cambios del portal (Ctrl+R)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Filter customers</source>
        <translation>&amp;Filtrar clientes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Export view as CSV…</source>
        <translation>&amp;Exportar vista como CSV…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the customers shown, in their order, as a CSV file (Ctrl+E)</source>
        <translation>Guardar los clientes mostrados, en su orden, como archivo CSV (Ctrl+E)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;New credit application…</source>
        <translation>&amp;Nueva solicitud de crédito…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sign &amp;out</source>
        <translation>&amp;Cerrar sesión</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Customer</source>
        <translation>&amp;Cliente</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The portal refused an edit: %1</source>
        <translation>El portal rechazó un cambio: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A customer changed on the portal while your edit was on its way: resolve the conflict in its detail panel.</source>
        <translation>Un cliente se modificó en el portal mientras se enviaba su cambio: resuelva el conflicto en su panel de detalle.</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>Select a customer first.</source>
        <translation>Seleccione primero un cliente.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill in a credit application for the selected customer (Ctrl+Shift+N)</source>
        <translation>Completar una solicitud de crédito para el cliente seleccionado (Ctrl+Shift+N)</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Synced in %1 s: %n customer(s) updated.</source>
        <translation>
            <numerusform>Sincronizado en %1 s: %n cliente actualizado.</numerusform>
            <numerusform>Sincronizado en %1 s: %n clientes actualizados.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>customers-%1-%2.csv</source>
        <translation>customers-%1-%2.csv</translation>
    </message>
</context>
<context>
    <name>pac::ManualAchDialog</name>
    <message>
        <location filename="../ui/ach/ManualAchDialog.cpp" line="+21"/>
        <source>Enable ACH manually</source>
        <translation>Habilitar ACH manualmente</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Enable ACH for &lt;b&gt;%1&lt;/b&gt; (%2) although it does not qualify by itself.</source>
        <translation>Habilitar el ACH para &lt;b&gt;%1&lt;/b&gt; (%2) aunque no cumple los requisitos por sí mismo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ACH is already available to &lt;b&gt;%1&lt;/b&gt; (%2); a manual enable keeps it available if that changes.</source>
        <translation>El ACH ya está disponible para &lt;b&gt;%1&lt;/b&gt; (%2); una habilitación manual lo mantiene disponible si eso cambia.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your name, the time and the reason are kept in the customer&apos;s history.</source>
        <translation>Su nombre, la hora y el motivo quedan en el historial del cliente.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why may this customer pay by ACH? (required)</source>
        <translation>¿Por qué puede este cliente pagar por ACH? (obligatorio)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+11"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Enable ACH</source>
        <translation>Habilitar ACH</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>pac::MetaStore</name>
    <message numerus="yes">
        <location filename="../storage/MetaStore.cpp" line="+95"/>
        <source>This profile holds %n unsent edit(s) made by %1 on %2. Send or drop them before signing in as another user or to another portal.</source>
        <translation>
            <numerusform>Este perfil contiene %n cambio sin enviar hecho por %1 en %2. Envíelo o descártelo antes de iniciar sesión como otro usuario o en otro portal.</numerusform>
            <numerusform>Este perfil contiene %n cambios sin enviar hechos por %1 en %2. Envíelos o descártelos antes de iniciar sesión como otro usuario o en otro portal.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pac::Money</name>
    <message>
        <location filename="../models/Money.cpp" line="+201"/>
        <source>Enter an amount.</source>
        <translation>Introduzca un importe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is not an amount.</source>
        <translation>“%1” no es un importe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is negative; enter an amount of zero or more.</source>
        <translation>“%1” es negativo; introduzca un importe de cero o más.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” has more than two decimals.</source>
        <translation>“%1” tiene más de dos decimales.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” has a misplaced thousands separator.</source>
        <translation>“%1” tiene un separador de miles mal colocado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is too large; the most is %2.</source>
        <translation>“%1” es demasiado grande; el máximo es %2.</translation>
    </message>
</context>
<context>
    <name>pac::NetFifteenWhatIf</name>
    <message>
        <location filename="../models/NetFifteenWhatIf.cpp" line="+90"/>
        <source>No invoices to estimate from yet: on Net 15 the customer starts with a limit of %1.</source>
        <translation>Aún no hay facturas con las que estimar: en Neto 15 el cliente empieza con un límite de %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Invoices so far this month (from %1): %2; taken as one month.</source>
        <translation>Facturas de este mes hasta ahora (desde el %1): %2; se toman como un mes.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Average monthly invoice over the last %n month(s) (%1 – %2): %3.</source>
        <translation>
            <numerusform>Factura mensual media del último %n mes (%1 – %2): %3.</numerusform>
            <numerusform>Factura mensual media de los últimos %n meses (%1 – %2): %3.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>On Net 15 the customer would typically owe up to %1 before an invoice falls due, against a limit of %2.</source>
        <translation>En Neto 15 el cliente debería normalmente hasta %1 antes de que venza una factura, frente a un límite de %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That is %1 over the limit: a credit application for %2 would cover it.</source>
        <translation>Son %1 por encima del límite: una solicitud de crédito por %2 lo cubriría.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That fits within the limit.</source>
        <translation>Eso cabe dentro del límite.</translation>
    </message>
</context>
<context>
    <name>pac::OutboxStore</name>
    <message>
        <location filename="../storage/OutboxStore.cpp" line="+39"/>
        <source>An edit must say which version of the customer it is based on.</source>
        <translation>Un cambio debe indicar en qué versión del cliente se basa.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A credit decision must name its application.</source>
        <translation>Una decisión de crédito debe indicar su solicitud.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Customer %1 is not in the local cache; sync first.</source>
        <translation>El cliente %1 no está en la caché local; sincronice primero.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The draft to submit no longer exists.</source>
        <translation>El borrador que se iba a enviar ya no existe.</translation>
    </message>
    <message>
        <location filename="../storage/OutboxTransitions.cpp" line="+32"/>
        <source>waiting to be sent</source>
        <translation>en espera de envío</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>being sent</source>
        <translation>en proceso de envío</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in conflict</source>
        <translation>en conflicto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>refused by the portal</source>
        <translation>rechazado por el portal</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The pending edit %1 no longer exists.</source>
        <translation>El cambio pendiente %1 ya no existe.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The edit %1 is %2; it cannot be changed that way now.</source>
        <translation>El cambio %1 está %2; ahora no se puede modificar de esa forma.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The portal answered with customer %1 for an edit of customer %2.</source>
        <translation>El portal respondió con el cliente %1 a un cambio del cliente %2.</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>The portal&apos;s credit application has an invalid “%1”.</source>
        <translation>La solicitud de crédito del portal tiene un valor no válido en “%1”.</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>The customer was changed by someone else in the meantime.</source>
        <translation>Otra persona modificó el cliente mientras tanto.</translation>
    </message>
</context>
<context>
    <name>pac::PaymentBehaviour</name>
    <message>
        <location filename="../models/PaymentBehaviour.cpp" line="+64"/>
        <source>No invoices in the last 12 months</source>
        <translation>Sin facturas en los últimos 12 meses</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n invoice(s)</source>
        <translation>
            <numerusform>%n factura</numerusform>
            <numerusform>%n facturas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n paid late</source>
        <translation>
            <numerusform>%n pagada tarde</numerusform>
            <numerusform>%n pagadas tarde</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n past due</source>
        <translation>
            <numerusform>%n vencida</numerusform>
            <numerusform>%n vencidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n failed payment(s)</source>
        <translation>
            <numerusform>%n pago fallido</numerusform>
            <numerusform>%n pagos fallidos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>all paid on time</source>
        <translation>todas pagadas a tiempo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No invoice paid yet</source>
        <translation>Aún no se ha pagado ninguna factura</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 days</source>
        <translation>%1 días</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No invoices</source>
        <translation>Sin facturas</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>None of %n</source>
        <translation>
            <numerusform>Ninguna de %n</numerusform>
            <numerusform>Ninguna de %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 of %n</source>
        <translation>
            <numerusform>%1 de %n</numerusform>
            <numerusform>%1 de %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>(%n still past due)</source>
        <translation>
            <numerusform>(%n aún vencida)</numerusform>
            <numerusform>(%n aún vencidas)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>pac::PaymentMethodTableModel</name>
    <message>
        <location filename="../presentation/PaymentMethodTableModel.cpp" line="+85"/>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Holder</source>
        <translation>Titular</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Authorization</source>
        <translation>Autorización</translation>
    </message>
</context>
<context>
    <name>pac::PaymentMethodText</name>
    <message>
        <location filename="../presentation/PaymentMethodText.cpp" line="+11"/>
        <source>%1 (checking)</source>
        <translation>%1 (corriente)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (savings)</source>
        <translation>%1 (ahorros)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Revoked on %1</source>
        <translation>Revocada el %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Pending verification: %n tries left</source>
        <translation>
            <numerusform>Verificación pendiente: queda %n intento</numerusform>
            <numerusform>Verificación pendiente: quedan %n intentos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verified, default</source>
        <translation>Verificada, predeterminada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Verified</source>
        <translation>Verificada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verification failed</source>
        <translation>Verificación fallida</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>CCD (business)</source>
        <translation>CCD (empresa)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PPD (consumer, signed)</source>
        <translation>PPD (consumidor, firmado)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TEL (consumer, by phone)</source>
        <translation>TEL (consumidor, por teléfono)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>WEB (consumer, online)</source>
        <translation>WEB (consumidor, en línea)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>signed form</source>
        <translation>formulario firmado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>recorded call</source>
        <translation>llamada grabada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>online</source>
        <translation>en línea</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No authorization on record</source>
        <translation>No hay autorización registrada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, %2, by %3 (%4) on %5</source>
        <translation>%1, %2, por %3 (%4) el %5</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Revoked by %1: %2. The authorization is kept as a record.</source>
        <translation>Revocada por %1: %2. La autorización se conserva como registro.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Two small deposits were sent to this account. Ask the customer for their amounts on the bank statement (usually in 1–2 business days), then choose Verify deposits…</source>
        <translation>Se enviaron dos pequeños depósitos a esta cuenta. Pida al cliente sus importes en el extracto bancario (normalmente en 1–2 días hábiles) y luego elija Verificar depósitos…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The deposits could not be confirmed in three tries. Remove this account and add it again to send new deposits.</source>
        <translation>Los depósitos no se pudieron confirmar en tres intentos. Elimine esta cuenta y añádala de nuevo para enviar depósitos nuevos.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Invoices are debited from this account on their due date.</source>
        <translation>Las facturas se debitan de esta cuenta en su fecha de vencimiento.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verified. Make it the default payment method to debit invoices from it.</source>
        <translation>Verificada. Hágala el método de pago predeterminado para debitar facturas de ella.</translation>
    </message>
</context>
<context>
    <name>pac::PaymentRecordBox</name>
    <message>
        <location filename="../ui/credit/PaymentRecordBox.cpp" line="+27"/>
        <source>Payment record, last 12 months</source>
        <translation>Historial de pagos, últimos 12 meses</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Invoices</source>
        <translation>Facturas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid late</source>
        <translation>Pagadas tarde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average days to pay</source>
        <translation>Días de pago en promedio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed payments</source>
        <translation>Pagos fallidos</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Reading the customer&apos;s invoices and payments…</source>
        <translation>Leyendo las facturas y los pagos del cliente…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Fetching the customer&apos;s invoices and payments from the portal…</source>
        <translation>Descargando del portal las facturas y los pagos del cliente…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>As kept on this computer since %1; the portal could not be asked: %2</source>
        <translation>Tal como se guardó en este equipo el %1; no se pudo consultar al portal: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not known: the customer&apos;s invoices could not be fetched (%1).</source>
        <translation>Desconocido: no se pudieron descargar las facturas del cliente (%1).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>None issued</source>
        <translation>Ninguna emitida</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>From the portal&apos;s invoice and payment records.</source>
        <translation>De los registros de facturas y pagos del portal.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As kept on this computer since %1.</source>
        <translation>Tal como se guardó en este equipo el %1.</translation>
    </message>
</context>
<context>
    <name>pac::PaymentTerms</name>
    <message>
        <location filename="../models/PaymentTerms.cpp" line="+25"/>
        <source>Only active customers can change payment terms; this customer is %1.</source>
        <translation>Solo los clientes activos pueden cambiar las condiciones de pago; este cliente está %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>suspended</source>
        <translation>suspendido</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>closed</source>
        <translation>cerrado</translation>
    </message>
</context>
<context>
    <name>pac::PaymentTermsDialog</name>
    <message>
        <location filename="../ui/billing/PaymentTermsDialog.cpp" line="+22"/>
        <location line="+54"/>
        <source>Move to Net 15</source>
        <translation>Cambiar a Neto 15</translation>
    </message>
    <message>
        <location line="-54"/>
        <location line="+54"/>
        <source>Move to due on receipt</source>
        <translation>Cambiar a pago al recibir</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Move &lt;b&gt;%1&lt;/b&gt; (%2) to Net 15 payment terms?</source>
        <translation>¿Cambiar &lt;b&gt;%1&lt;/b&gt; (%2) a las condiciones de pago Neto 15?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move &lt;b&gt;%1&lt;/b&gt; (%2) back to due on receipt?</source>
        <translation>¿Volver a cambiar &lt;b&gt;%1&lt;/b&gt; (%2) a pago al recibir?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Invoices will be due 15 days after they are issued. The customer&apos;s credit limit will be &lt;b&gt;%1&lt;/b&gt; (now %2).</source>
        <translation>Las facturas vencerán 15 días después de su emisión. El límite de crédito del cliente será de &lt;b&gt;%1&lt;/b&gt; (ahora %2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Invoices will be due 15 days after they are issued. The customer keeps its approved credit limit of &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>Las facturas vencerán 15 días después de su emisión. El cliente conserva su límite de crédito aprobado de &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Invoices will be charged when issued (card or ACH autopay). The approved credit limit of &lt;b&gt;%1&lt;/b&gt; stays on record.</source>
        <translation>Las facturas se cobrarán al emitirse (pago automático con tarjeta o ACH). El límite de crédito aprobado de &lt;b&gt;%1&lt;/b&gt; queda registrado.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Looking at the customer&apos;s recent invoices…</source>
        <translation>Revisando las facturas recientes del cliente…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start a credit &amp;application…</source>
        <translation>Iniciar una &amp;solicitud de crédito…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Request a limit that covers what the customer typically owes</source>
        <translation>Solicitar un límite que cubra lo que el cliente suele deber</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The change is saved at once and sent to the portal; it shows as pending until the portal accepts it.</source>
        <translation>El cambio se guarda de inmediato y se envía al portal; aparece como pendiente hasta que el portal lo acepte.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>What Net 15 would mean cannot be estimated now: %1</source>
        <translation>Ahora no se puede estimar qué supondría Neto 15: %1</translation>
    </message>
</context>
<context>
    <name>pac::PdfWriter</name>
    <message>
        <location filename="../documents/PdfWriter.cpp" line="+57"/>
        <source>No file name was given for the PDF.</source>
        <translation>No se indicó un nombre de archivo para el PDF.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+6"/>
        <location line="+48"/>
        <source>“%1” cannot be written: %2.</source>
        <translation>No se puede escribir “%1”: %2.</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The PDF “%1” could not be drawn.</source>
        <translation>No se pudo generar el PDF “%1”.</translation>
    </message>
</context>
<context>
    <name>pac::Permissions</name>
    <message>
        <location filename="../models/Permissions.cpp" line="+55"/>
        <source>Agents, master agents and support staff can view the customers they see.</source>
        <translation>Los agentes, los agentes maestros y el personal de soporte pueden ver los clientes que tienen visibles.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agents, master agents and support staff can edit the invoice emails of the customers they see.</source>
        <translation>Los agentes, los agentes maestros y el personal de soporte pueden editar los correos de facturación de los clientes que tienen visibles.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Agents, master agents and support staff can change the payment terms of the customers they see.</source>
        <translation>Los agentes, los agentes maestros y el personal de soporte pueden cambiar las condiciones de pago de los clientes que tienen visibles.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Agents, master agents and support staff can add ACH payment methods for the customers they see.</source>
        <translation>Los agentes, los agentes maestros y el personal de soporte pueden agregar métodos de pago ACH para los clientes que tienen visibles.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only support staff can enable ACH manually.</source>
        <translation>Solo el personal de soporte puede habilitar ACH manualmente.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agents, master agents and support staff can submit credit applications for the customers they see.</source>
        <translation>Los agentes, los agentes maestros y el personal de soporte pueden enviar solicitudes de crédito para los clientes que tienen visibles.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only support staff can decide credit applications.</source>
        <translation>Solo el personal de soporte puede decidir las solicitudes de crédito.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agents, master agents and support staff can view the history of the customers they see.</source>
        <translation>Los agentes, los agentes maestros y el personal de soporte pueden ver el historial de los clientes que tienen visibles.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Agents, master agents and support staff can view the credit applications of the customers they see.</source>
        <translation>Los agentes, los agentes maestros y el personal de soporte pueden ver las solicitudes de crédito de los clientes que tienen visibles.</translation>
    </message>
</context>
<context>
    <name>pac::PortalClient</name>
    <message>
        <location filename="../portal/PortalClient.cpp" line="+83"/>
        <source>Cannot read the certificate file %1: %2</source>
        <translation>No se puede leer el archivo de certificado %1: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file %1 holds no PEM certificate.</source>
        <translation>El archivo %1 no contiene ningún certificado PEM.</translation>
    </message>
</context>
<context>
    <name>pac::PortalError</name>
    <message>
        <location filename="../portal/PortalError.cpp" line="+113"/>
        <source>The portal cannot be reached. Check the network connection; changes are kept and sent later.</source>
        <translation>No se puede acceder al portal. Revise la conexión de red; los cambios se conservan y se enviarán más tarde.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The portal did not answer in time. Changes are kept and sent later.</source>
        <translation>El portal no respondió a tiempo. Los cambios se conservan y se enviarán más tarde.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The portal&apos;s certificate is not trusted, so the connection was refused: %1</source>
        <translation>El certificado del portal no es de confianza, por lo que se rechazó la conexión: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The portal address must start with https:// (plain http is only allowed for this computer).</source>
        <translation>La dirección del portal debe comenzar con https:// (http simple solo se permite para este equipo).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The portal redirected the request to another address; it was not followed so that your sign-in stays with the portal.</source>
        <translation>El portal redirigió la solicitud a otra dirección; no se siguió, para que su inicio de sesión permanezca con el portal.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The portal refused the request (HTTP %1): %2</source>
        <translation>El portal rechazó la solicitud (HTTP %1): %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You are not signed in, or your session has expired. Please sign in again.</source>
        <translation>No ha iniciado sesión o su sesión ha caducado. Vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your role is not allowed to do this.</source>
        <translation>Su rol no tiene permiso para hacer esto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This item does not exist or is not visible to you.</source>
        <translation>Este elemento no existe o no es visible para usted.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Someone else changed this item in the meantime. Review their version and your change.</source>
        <translation>Otra persona modificó este elemento mientras tanto. Revise la versión del portal y su cambio.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The change was sent without the version it is based on, so the portal refused it.</source>
        <translation>El cambio se envió sin la versión en la que se basa, por lo que el portal lo rechazó.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The portal refused the change:</source>
        <translation>El portal rechazó el cambio:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The portal already received a different change under the same key; this change was not applied.</source>
        <translation>El portal ya recibió un cambio diferente con la misma clave; este cambio no se aplicó.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The change is too large for the portal.</source>
        <translation>El cambio es demasiado grande para el portal.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The portal is busy with too many requests. It will be tried again shortly.</source>
        <translation>El portal está ocupado con demasiadas solicitudes. Se volverá a intentar en breve.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The portal had a problem (HTTP %1). It will be tried again later.</source>
        <translation>El portal tuvo un problema (HTTP %1). Se volverá a intentar más tarde.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The portal sent an answer this console does not understand.</source>
        <translation>El portal envió una respuesta que esta consola no entiende.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The request was cancelled.</source>
        <translation>Se canceló la solicitud.</translation>
    </message>
</context>
<context>
    <name>pac::Profile</name>
    <message>
        <location filename="../storage/Profile.cpp" line="+21"/>
        <source>“%1” is not a valid profile name: use a plain name without slashes.</source>
        <translation>“%1” no es un nombre de perfil válido: use un nombre simple sin barras.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No folder for application data is available.</source>
        <translation>No hay ninguna carpeta disponible para los datos de la aplicación.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cannot create the profile folder %1.</source>
        <translation>No se puede crear la carpeta de perfil %1.</translation>
    </message>
</context>
<context>
    <name>pac::RecentBulkChangesDialog</name>
    <message>
        <location filename="../ui/bulk/RecentBulkChangesDialog.cpp" line="+22"/>
        <location line="+3"/>
        <source>Recent bulk changes</source>
        <translation>Cambios masivos recientes</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Undo batch…</source>
        <translation>&amp;Deshacer lote…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview giving each customer of the batch its value before, then apply it</source>
        <translation>Vista previa que devuelve a cada cliente del lote su valor anterior; luego se aplica</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No bulk change yet. Select customers and choose Customer → Bulk change… (Ctrl+Shift+B).</source>
        <translation>Aún no hay cambios masivos. Seleccione clientes y elija Cliente → Cambio masivo… (Ctrl+Mayús+B).</translation>
    </message>
</context>
<context>
    <name>pac::RemoveBankAccountDialog</name>
    <message>
        <location filename="../ui/ach/RemoveBankAccountDialog.cpp" line="+24"/>
        <source>Remove bank account</source>
        <translation>Eliminar cuenta bancaria</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove %1 and revoke its authorization of ACH debits. No invoice is debited from it any more. The authorization stays on record, with your name, the time and the reason.</source>
        <translation>Eliminar %1 y revocar su autorización de débitos ACH. Ya no se debitará ninguna factura de ella. La autorización queda registrada, con su nombre, la hora y el motivo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Why is it removed? (required)</source>
        <translation>¿Por qué se elimina? (obligatorio)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove account</source>
        <translation>Eliminar cuenta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reason</source>
        <translation>&amp;Motivo</translation>
    </message>
</context>
<context>
    <name>pac::ReviewSignPage</name>
    <message>
        <location filename="../ui/credit/ReviewSignPage.cpp" line="+24"/>
        <source>Accounts payable contact</source>
        <translation>Contacto de cuentas por pagar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bank reference</source>
        <translation>Referencia bancaria</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trade references</source>
        <translation>Referencias comerciales</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Credit request</source>
        <translation>Solicitud de crédito</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Personal guarantor</source>
        <translation>Garante personal</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+17"/>
        <source>Review and sign</source>
        <translation>Revisar y firmar</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Business identity</source>
        <translation>Identidad de la empresa</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The customer gives this consent</source>
        <translation>El cliente otorga este consentimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as PDF…</source>
        <translation>Guardar como PDF…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read the application back to the customer, then sign it for them as they say.</source>
        <translation>Lea la solicitud al cliente y luego fírmela en su nombre según lo que indique.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Signer name</source>
        <translation>Nombre del firmante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signer title</source>
        <translation>Cargo del firmante</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Owner, CFO, …</source>
        <translation>Propietario, director financiero, …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the signer&apos;s name</source>
        <translation>Escriba el nombre del firmante</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fix these before submitting:</source>
        <translation>Corrija lo siguiente antes de enviar:</translation>
    </message>
</context>
<context>
    <name>pac::RoutingNumberInfo</name>
    <message>
        <location filename="../models/RoutingNumberInfo.cpp" line="+49"/>
        <source>The bank&apos;s name is not known from the routing number alone.</source>
        <translation>El nombre del banco no se conoce solo por el número de ruta.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A routing number of the United States government. %1</source>
        <translation>Un número de ruta del gobierno de los Estados Unidos. %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A routing number for traveler&apos;s cheques, not for a bank account. %1</source>
        <translation>Un número de ruta de cheques de viajero, no de una cuenta bancaria. %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Federal Reserve district %1 (%2), a bank. %3</source>
        <translation>Distrito %1 de la Reserva Federal (%2), un banco. %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Federal Reserve district %1 (%2), a thrift institution. %3</source>
        <translation>Distrito %1 de la Reserva Federal (%2), una caja de ahorros. %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Federal Reserve district %1 (%2), an electronic-payments routing number. %3</source>
        <translation>Distrito %1 de la Reserva Federal (%2), un número de ruta de pagos electrónicos. %3</translation>
    </message>
</context>
<context>
    <name>pac::SchemaMigrations</name>
    <message>
        <location filename="../storage/SchemaMigrations.cpp" line="+407"/>
        <location line="+7"/>
        <source>Cannot read the version of the local cache.</source>
        <translation>No se puede leer la versión de la caché local.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The local cache has no valid schema version.</source>
        <translation>La caché local no tiene una versión de esquema válida.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot upgrade the local cache.</source>
        <translation>No se puede actualizar la caché local.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The local cache was written by a newer version of this program (schema %1, this one knows %2). Use the newer version or another profile.</source>
        <translation>La caché local fue escrita por una versión más reciente de este programa (esquema %1; esta conoce hasta el %2). Use la versión más reciente u otro perfil.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cannot upgrade the local cache to version %1.</source>
        <translation>No se puede actualizar la caché local a la versión %1.</translation>
    </message>
</context>
<context>
    <name>pac::SessionController</name>
    <message>
        <location filename="../ui/SessionController.cpp" line="+56"/>
        <source>“%1” is not a secure portal address: use https (plain http only reaches this computer).</source>
        <translation>“%1” no es una dirección de portal segura: use https (http simple solo llega a este equipo).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This console has no built-in demo portal: enter a portal address.</source>
        <translation>Esta consola no tiene portal de demostración integrado: introduzca la dirección de un portal.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Starting the built-in demo portal…</source>
        <translation>Iniciando el portal de demostración integrado…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The built-in demo portal could not start: %1</source>
        <translation>No se pudo iniciar el portal de demostración integrado: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Signing in as %1…</source>
        <translation>Iniciando sesión como %1…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The user name or password is not right.</source>
        <translation>El nombre de usuario o la contraseña no son correctos.</translation>
    </message>
</context>
<context>
    <name>pac::SignInDialog</name>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="+20"/>
        <source>&amp;Built-in demo portal</source>
        <translation>Portal de &amp;demostración integrado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Portal URL:</source>
        <translation>URL del &amp;portal:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Remember me on this computer</source>
        <translation>&amp;Recordarme en este equipo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign in — Portal Agent Console</source>
        <translation>Iniciar sesión — Portal Agent Console</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Keeps the sign-in token in the system keychain (never the password), so the console opens without asking next time.</source>
        <translation>Guarda el token de inicio de sesión en el llavero del sistema (nunca la contraseña), para que la consola se abra sin pedir credenciales la próxima vez.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The demo portal runs inside the console with generated customers. Sign in as agent1, agent2, master1 or support1; the password is “demo”.</source>
        <translation>El portal de demostración se ejecuta dentro de la consola con clientes generados. Inicie sesión como agent1, agent2, master1 o support1; la contraseña es “demo”.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&lt;h2&gt;Portal Agent Console&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Portal Agent Console&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in to see and manage your customers&apos; billing.</source>
        <translation>Inicie sesión para ver y gestionar la facturación de sus clientes.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;User name:</source>
        <translation>Nombre de &amp;usuario:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass&amp;word:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
</context>
<context>
    <name>pac::SqlTransaction</name>
    <message>
        <location filename="../storage/CacheConnection.cpp" line="+18"/>
        <location line="+8"/>
        <location line="+23"/>
        <location line="+10"/>
        <source>Cannot save to the local cache.</source>
        <translation>No se puede guardar en la caché local.</translation>
    </message>
</context>
<context>
    <name>pac::SyncFailure</name>
    <message>
        <location filename="../portal/SyncTypes.cpp" line="+30"/>
        <source>The local cache could not be updated: %1</source>
        <translation>No se pudo actualizar la caché local: %1</translation>
    </message>
</context>
<context>
    <name>pac::SyncStatusBar</name>
    <message>
        <location filename="../ui/SyncStatusBar.cpp" line="+37"/>
        <source>Show the customers with edits not yet accepted by the portal</source>
        <translation>Mostrar los clientes con cambios aún no aceptados por el portal</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed in as %1 (%2)</source>
        <translation>Sesión iniciada como %1 (%2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not synced yet</source>
        <translation>Aún sin sincronizar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No sync has completed yet; press Ctrl+R to sync.</source>
        <translation>Todavía no se ha completado ninguna sincronización; presione Ctrl+R para sincronizar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>As of %1</source>
        <translation>Al %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The customers shown are the portal&apos;s as of %1 (last sync).</source>
        <translation>Los clientes mostrados son los del portal al %1 (última sincronización).</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n edit(s) need you</source>
        <translation>
            <numerusform>%n cambio requiere su atención</numerusform>
            <numerusform>%n cambios requieren su atención</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n edit(s) not sent</source>
        <translation>
            <numerusform>%n cambio sin enviar</numerusform>
            <numerusform>%n cambios sin enviar</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All edits sent</source>
        <translation>Todos los cambios enviados</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Online</source>
        <translation>En línea</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Offline</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The portal answers.</source>
        <translation>El portal responde.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The portal cannot be reached. Your edits are kept and sent when it answers again.</source>
        <translation>No se puede contactar con el portal. Sus cambios se conservan y se enviarán cuando vuelva a responder.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sending edits…</source>
        <translation>Enviando cambios…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Syncing customers…</source>
        <translation>Sincronizando clientes…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Syncing credit applications…</source>
        <translation>Sincronizando solicitudes de crédito…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 so far</source>
        <translation>%1 hasta ahora</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
</context>
<context>
    <name>pac::TradeReferenceTableModel</name>
    <message>
        <location filename="../ui/credit/TradeReferenceTableModel.cpp" line="+94"/>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
</context>
<context>
    <name>pac::TradeReferencesPage</name>
    <message>
        <location filename="../ui/credit/TradeReferencesPage.cpp" line="+20"/>
        <source>Add reference</source>
        <translation>Agregar referencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Trade references</source>
        <translation>Referencias comerciales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At least %1 suppliers that give the business credit today.</source>
        <translation>Al menos %1 proveedores que actualmente otorgan crédito a la empresa.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Row %1, %2: %3</source>
        <translation>Fila %1, %2: %3</translation>
    </message>
</context>
<context>
    <name>pac::UiText</name>
    <message>
        <location filename="../presentation/UiText.cpp" line="+39"/>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
</context>
<context>
    <name>pac::VerifyDepositsDialog</name>
    <message>
        <location filename="../ui/ach/VerifyDepositsDialog.cpp" line="+28"/>
        <source>Verify deposits</source>
        <translation>Verificar depósitos</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Two deposits of less than $1 each were sent to %1. Ask the customer for both amounts as they appear on the bank statement.</source>
        <translation>Se enviaron a %1 dos depósitos de menos de 1 $ cada uno. Pida al cliente los dos importes tal como aparecen en el extracto bancario.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>0.00</source>
        <translation>0.00</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <location line="+84"/>
        <source>%n tries left.</source>
        <translation>
            <numerusform>Queda %n intento.</numerusform>
            <numerusform>Quedan %n intentos.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-80"/>
        <source>Verify</source>
        <translation>Verificar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;First deposit ($)</source>
        <translation>&amp;Primer depósito ($)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Second deposit ($)</source>
        <translation>&amp;Segundo depósito ($)</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>No tries left.</source>
        <translation>No quedan intentos.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>pac::ViewListModel</name>
    <message numerus="yes">
        <location filename="../presentation/ViewListModel.cpp" line="+46"/>
        <source>%1: %n customer(s) owing %2 on invoices past their due date</source>
        <translation>
            <numerusform>%1: %n cliente debe %2 en facturas vencidas</numerusform>
            <numerusform>%1: %n clientes deben %2 en facturas vencidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1: %n customer(s)</source>
        <translation>
            <numerusform>%1: %n cliente</numerusform>
            <numerusform>%1: %n clientes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n customer(s), %1 past due</source>
        <translation>
            <numerusform>%n cliente, %1 vencido</numerusform>
            <numerusform>%n clientes, %1 vencido</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n cliente</numerusform>
            <numerusform>%n clientes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>pac::ViewsPanel</name>
    <message>
        <location filename="../ui/customers/ViewsPanel.cpp" line="+25"/>
        <location line="+5"/>
        <source>Views</source>
        <translation>Vistas</translation>
    </message>
</context>
<context>
    <name>pac::cli::AchAuthorizationCommand</name>
    <message>
        <location filename="../cli/AchMethodCommands.cpp" line="+331"/>
        <source>Save a bank account&apos;s authorization as accepted (entry class, who, how, when, the text, the last 4 digits only), a PDF drawn by the portal; also for a removed account. Written readable by you only.</source>
        <translation>Guarda la autorización de una cuenta bancaria tal como se aceptó (clase de entrada, quién, cómo, cuándo, el texto, solo los últimos 4 dígitos), un PDF que dibuja el portal; también de una cuenta eliminada. Se escribe legible solo por usted.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The PDF file to write.</source>
        <translation>El archivo PDF que se escribirá.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ach authorization needs --out FILE.pdf.</source>
        <translation>ach authorization necesita --out ARCHIVO.pdf.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>“%1” cannot be written: %2.</source>
        <translation>No se puede escribir “%1”: %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>wrote %1 (%2 bytes)</source>
        <translation>se escribió %1 (%2 bytes)</translation>
    </message>
</context>
<context>
    <name>pac::cli::AchCommand</name>
    <message>
        <location filename="../cli/AchCommand.cpp" line="+44"/>
        <source>Explain ACH eligibility and list the bank accounts, enable ACH manually (support), add a bank account with its authorization, verify its deposits, make it the default, save its authorization PDF, remove it (online only).</source>
        <translation>Explica la elegibilidad ACH y lista las cuentas bancarias, habilita ACH manualmente (soporte), añade una cuenta bancaria con su autorización, verifica sus depósitos, la hace predeterminada, guarda el PDF de su autorización, la elimina (solo en línea).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>“agentctl ach ID --help” shows the options for a customer.</source>
        <translation>«agentctl ach ID --help» muestra las opciones para un cliente.</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>METHOD is a payment method&apos;s id, as “agentctl ach ID” lists them.</source>
        <translation>MÉTODO es el id de un método de pago, tal como los lista «agentctl ach ID».</translation>
    </message>
</context>
<context>
    <name>pac::cli::AchCustomerCommand</name>
    <message>
        <location filename="../cli/AchAddMethod.cpp" line="+41"/>
        <source>“%1” is not checking or savings.</source>
        <translation>“%1” no es checking ni savings.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“%1” is not an entry class: use CCD, PPD, TEL or WEB.</source>
        <translation>«%1» no es una clase de entrada: use CCD, PPD, TEL o WEB.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” is not a way of authorizing: use written, recorded_call or online.</source>
        <translation>«%1» no es una forma de autorizar: use written, recorded_call u online.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>there is no such customer in your list.</source>
        <translation>no hay ningún cliente así en su lista.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Authorization text, version %1:</source>
        <translation>Texto de la autorización, versión %1:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>version %1 is not the portal&apos;s current authorization text (%2).</source>
        <translation>la versión %1 no es el texto de autorización actual del portal (%2).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>nothing was sent. The payer must accept this text; once they have, run the command again with --accept-authorization %1.</source>
        <translation>no se envió nada. El pagador debe aceptar este texto; cuando lo haya hecho, ejecute de nuevo la orden con --accept-authorization %1.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Next, once the customer sees the two deposits on their statement: agentctl ach verify %1 --amounts A,B --customer %2</source>
        <translation>Después, cuando el cliente vea los dos depósitos en su extracto: agentctl ach verify %1 --amounts A,B --customer %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Nothing was saved: bank details are never stored, so add the account again once the portal can be reached.</source>
        <translation>No se guardó nada: los datos bancarios nunca se almacenan, así que agregue la cuenta de nuevo cuando el portal esté disponible.</translation>
    </message>
    <message>
        <location filename="../cli/AchCommand.cpp" line="-34"/>
        <source>pending</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>verified</source>
        <translation>verificada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>failed</source>
        <translation>fallida</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Without an option: the customer&apos;s ACH eligibility and, when the portal can be reached, its bank accounts. --enable: enable ACH manually (support). --add-method: add a bank account with the payer&apos;s authorization (online only; the account number is never saved). Without --accept-authorization VERSION the authorization text to accept is printed and nothing is sent. The new account is pending until its two micro-deposits are verified (ach verify).</source>
        <translation>Sin opción: la elegibilidad ACH del cliente y, si se puede llegar al portal, sus cuentas bancarias. --enable: habilitar ACH manualmente (soporte). --add-method: añadir una cuenta bancaria con la autorización del pagador (solo en línea; el número de cuenta nunca se guarda). Sin --accept-authorization VERSIÓN se imprime el texto de autorización que hay que aceptar y no se envía nada. La cuenta nueva queda pendiente hasta que se verifiquen sus dos microdepósitos (ach verify).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Enable ACH manually (support staff).</source>
        <translation>Habilita ACH manualmente (personal de soporte).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why ACH is enabled manually.</source>
        <translation>Motivo por el que se habilita ACH manualmente.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add an ACH bank account.</source>
        <translation>Agrega una cuenta bancaria ACH.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ABA routing number (9 digits).</source>
        <translation>Número de ruta ABA (9 dígitos).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account number (4 to 17 digits).</source>
        <translation>Número de cuenta (de 4 a 17 dígitos).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account holder&apos;s name.</source>
        <translation>Nombre del titular de la cuenta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>checking or savings.</source>
        <translation>checking (corriente) o savings (ahorros).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entry class: CCD (business account, the default), PPD (consumer, signed), TEL (consumer, by phone), WEB (consumer, online).</source>
        <translation>Clase de entrada: CCD (cuenta de empresa, la predeterminada), PPD (consumidor, firmado), TEL (consumidor, por teléfono), WEB (consumidor, en línea).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name of the person who authorized the debits.</source>
        <translation>Nombre de la persona que autorizó los débitos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That person&apos;s title.</source>
        <translation>El cargo de esa persona.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How they authorized: written, recorded_call or online.</source>
        <translation>Cómo lo autorizó: written, recorded_call u online.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The version of the authorization text the payer accepted (run without it to see the text and its version).</source>
        <translation>La versión del texto de autorización que aceptó el pagador (ejecute sin ella para ver el texto y su versión).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“%1” is not a customer id.</source>
        <translation>“%1” no es un ID de cliente.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Use --enable or --add-method, not both.</source>
        <translation>Use --enable o --add-method, no ambos.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--enable needs --reason TEXT (kept with who and when).</source>
        <translation>--enable requiere --reason TEXT (se guarda junto con quién y cuándo).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>ach %1: there is no such customer in your list.</source>
        <translation>ach %1: ese cliente no está en su lista.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Bank accounts: not listed (no session: run agentctl login).</source>
        <translation>Cuentas bancarias: no listadas (sin sesión: ejecute agentctl login).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Bank accounts: not listed: %1</source>
        <translation>Cuentas bancarias: no listadas: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Class</source>
        <translation>Clase</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Verification</source>
        <translation>Verificación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tries left</source>
        <translation>Intentos restantes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Default</source>
        <translation>Predeterminada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Revoked</source>
        <translation>Revocada</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 by %2: “%3”</source>
        <translation>%1 por %2: «%3»</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bank accounts: none.</source>
        <translation>Cuentas bancarias: ninguna.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bank accounts:</source>
        <translation>Cuentas bancarias:</translation>
    </message>
</context>
<context>
    <name>pac::cli::AchDefaultCommand</name>
    <message>
        <location filename="../cli/AchMethodCommands.cpp" line="-118"/>
        <source>Make a verified bank account the customer&apos;s default payment method. METHOD is the payment method&apos;s id; --customer ID as for ach verify.</source>
        <translation>Hace de una cuenta bancaria verificada el método de pago predeterminado del cliente. MÉTODO es el id del método de pago; --customer ID como en ach verify.</translation>
    </message>
</context>
<context>
    <name>pac::cli::AchMethodAction</name>
    <message>
        <location line="-219"/>
        <source>The method&apos;s customer: checked here first, and its copy on this computer refreshed afterwards (without it, a sync follows).</source>
        <translation>El cliente del método: se comprueba aquí primero y su copia en este equipo se actualiza después (sin él, sigue una sincronización).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>“%1” is not a payment method id.</source>
        <translation>«%1» no es un id de método de pago.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“%1” is not a customer id.</source>
        <translation>“%1” no es un ID de cliente.</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>the sync was cancelled; run agentctl sync.</source>
        <translation>la sincronización se canceló; ejecute agentctl sync.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this computer&apos;s copy of the customer is updated at the next sync (agentctl sync).</source>
        <translation>la copia del cliente en este equipo se actualiza en la próxima sincronización (agentctl sync).</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Nothing was changed (bank account actions are never queued): run the command again once the portal can be reached.</source>
        <translation>No se cambió nada (las acciones sobre cuentas bancarias nunca se ponen en cola): ejecute de nuevo la orden cuando se pueda llegar al portal.</translation>
    </message>
</context>
<context>
    <name>pac::cli::AchRemoveCommand</name>
    <message>
        <location line="+115"/>
        <source>Remove a bank account: its authorization is revoked (who, when and why are kept, and its PDF stays available). METHOD is the payment method&apos;s id; --customer ID as for ach verify.</source>
        <translation>Elimina una cuenta bancaria: se revoca su autorización (se guardan quién, cuándo y por qué, y su PDF sigue disponible). MÉTODO es el id del método de pago; --customer ID como en ach verify.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Why the bank account is removed.</source>
        <translation>Por qué se elimina la cuenta bancaria.</translation>
    </message>
</context>
<context>
    <name>pac::cli::AchVerifyCommand</name>
    <message>
        <location line="-91"/>
        <source>Verify a new bank account with the two micro-deposits the customer sees on the statement, in dollars. Three tries; then the account failed and must be added again. METHOD is the payment method&apos;s id (agentctl ach ID lists them); with --customer ID the customer is checked here first and refreshed afterwards, without it a sync follows.</source>
        <translation>Verifica una cuenta bancaria nueva con los dos microdepósitos que el cliente ve en el extracto, en dólares. Tres intentos; después la cuenta falla y hay que añadirla de nuevo. MÉTODO es el id del método de pago (agentctl ach ID los lista); con --customer ID el cliente se comprueba aquí primero y se actualiza después, sin él sigue una sincronización.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The two deposits in dollars, e.g. 0.32,0.45 (either order).</source>
        <translation>Los dos depósitos en dólares, p. ej. 0.32,0.45 (en cualquier orden).</translation>
    </message>
</context>
<context>
    <name>pac::cli::ActionCommand</name>
    <message>
        <location filename="../cli/ActionCommand.cpp" line="+19"/>
        <source>Usage:</source>
        <translation>Uso:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>“agentctl %1 ACTION --help” shows the options of an action.</source>
        <translation>«agentctl %1 ACCIÓN --help» muestra las opciones de una acción.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 needs an action.</source>
        <translation>%1 necesita una acción.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 has no action “%2”.</source>
        <translation>%1 no tiene la acción «%2».</translation>
    </message>
</context>
<context>
    <name>pac::cli::AgentCtl</name>
    <message>
        <location filename="../cli/AgentCtl.cpp" line="+87"/>
        <source>Usage: agentctl [--portal URL | --demo] [--user NAME] [--profile DIR] COMMAND …</source>
        <translation>Uso: agentctl [--portal URL | --demo] [--user NAME] [--profile DIR] COMMAND …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Portal Agent Console on the command line: the same cache, outbox and billing rules as the console.</source>
        <translation>Portal Agent Console en la línea de comandos: la misma caché, bandeja de salida y reglas de facturación que la consola.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commands:</source>
        <translation>Comandos:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Global options:</source>
        <translation>Opciones globales:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Show this help; “agentctl COMMAND --help” shows a command&apos;s options.</source>
        <translation>Muestra esta ayuda; “agentctl COMMAND --help” muestra las opciones de un comando.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the version.</source>
        <translation>Muestra la versión.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exit status: 0 done; 2 usage or validation (nothing saved); 3 conflict; 4 not signed in or not allowed; 75 network trouble (the edit waits in the outbox for the next push or sync); 1 any other failure.</source>
        <translation>Código de salida: 0 completado; 2 uso o validación (no se guardó nada); 3 conflicto; 4 sin sesión iniciada o sin permiso; 75 problema de red (el cambio espera en la bandeja de salida hasta el próximo push o sync); 1 cualquier otro error.</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+25"/>
        <source>Run “agentctl --help” for the commands and options.</source>
        <translation>Ejecute “agentctl --help” para ver los comandos y las opciones.</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>unknown command “%1”.</source>
        <translation>comando desconocido “%1”.</translation>
    </message>
</context>
<context>
    <name>pac::cli::BulkCommand</name>
    <message>
        <location filename="../cli/BulkCommand.cpp" line="+32"/>
        <source>Change many customers at once by the rules of a single edit: previewed, saved all or nothing under a batch id, sent, and undone as a batch.</source>
        <translation>Cambia muchos clientes a la vez con las reglas de un cambio individual: con vista previa, guardado todo o nada bajo un id de lote, enviado y deshecho como lote.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add this address to the invoice emails.</source>
        <translation>Añadir esta dirección a los correos de facturación.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove this address from the invoice emails.</source>
        <translation>Quitar esta dirección de los correos de facturación.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replace this address (any case) by the address that follows, keeping the list&apos;s order.</source>
        <translation>Reemplazar esta dirección (en mayúsculas o minúsculas) por la dirección que sigue, manteniendo el orden de la lista.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The customers of a view: %1.</source>
        <translation>Los clientes de una vista: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The customers whose name or account number holds TEXT.</source>
        <translation>Los clientes cuyo nombre o número de cuenta contiene TEXTO.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These customers (comma-separated ids).</source>
        <translation>Estos clientes (ids separados por comas).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A file of changes: customer_id,action,value.</source>
        <translation>Un archivo de cambios: customer_id,action,value.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ach-enable: why (kept with who and when).</source>
        <translation>ach-enable: por qué (se guarda con quién y cuándo).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the preview and save nothing.</source>
        <translation>Imprimir la vista previa y no guardar nada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>table (default), json or csv.</source>
        <translation>table (predeterminado), json o csv.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“%1” is not one of table, json, csv.</source>
        <translation>“%1” no es uno de table, json, csv.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>bulk --from FILE takes no other change.</source>
        <translation>bulk --from ARCHIVO no admite otro cambio.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>changes from %1</source>
        <translation>cambios de %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>bulk undo needs the batch id: bulk undo BATCH.</source>
        <translation>bulk undo necesita el id del lote: bulk undo LOTE.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>undo of bulk change %1</source>
        <translation>deshacer el cambio masivo %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>bulk invoice-emails needs one of --add ADDR, --remove ADDR, --replace OLD NEW.</source>
        <translation>bulk invoice-emails necesita una de --add DIR, --remove DIR, --replace VIEJA NUEVA.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--replace needs the old and the new address: --replace OLD NEW.</source>
        <translation>--replace necesita la dirección vieja y la nueva: --replace VIEJA NUEVA.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>bulk invoice-emails takes no other argument.</source>
        <translation>bulk invoice-emails no admite otro argumento.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>bulk terms needs net15 or due_on_receipt.</source>
        <translation>bulk terms necesita net15 o due_on_receipt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>bulk ach-enable needs --reason TEXT.</source>
        <translation>bulk ach-enable necesita --reason TEXTO.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>bulk needs invoice-emails, terms, ach-enable, undo BATCH or --from FILE; see agentctl bulk --help.</source>
        <translation>bulk necesita invoice-emails, terms, ach-enable, undo LOTE o --from ARCHIVO; vea agentctl bulk --help.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Choose the customers with --view NAME or --filter TEXT, or with --ids.</source>
        <translation>Elija los clientes con --view NOMBRE o --filter TEXTO, o con --ids.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“%1” is not a customer id.</source>
        <translation>“%1” no es un ID de cliente.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>“%1” is not a view.</source>
        <translation>«%1» no es una vista.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%1 is refused (%n bad line(s)); nothing was queued.</source>
        <translation>
            <numerusform>%1 se rechaza (%n línea incorrecta); no se puso nada en cola.</numerusform>
            <numerusform>%1 se rechaza (%n líneas incorrectas); no se puso nada en cola.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Bulk change %1 is gone from the cache.</source>
        <translation>El cambio masivo %1 ya no está en la caché.</translation>
    </message>
    <message>
        <location filename="../cli/BulkOutput.cpp" line="+40"/>
        <source>sent</source>
        <translation>enviado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>waiting</source>
        <translation>en espera</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>conflict</source>
        <translation>conflicto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>refused</source>
        <translation>rechazado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>discarded</source>
        <translation>descartado</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Batch ID: %1</source>
        <translation>ID de lote: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Batch ID: none (dry run: nothing was saved)</source>
        <translation>ID de lote: ninguno (simulación: no se guardó nada)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Batch ID: none (nothing to change, nothing was saved)</source>
        <translation>ID de lote: ninguno (nada que cambiar, no se guardó nada)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>changed: %1 → %2</source>
        <translation>cambiado: %1 → %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unchanged</source>
        <translation>sin cambios</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>skipped: %1</source>
        <translation>omitido: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Batch %1: sent %2, conflict %3, refused %4, waiting %5</source>
        <translation>Lote %1: enviados %2, en conflicto %3, rechazados %4, en espera %5</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>customer %1: %2</source>
        <translation>cliente %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (changed on the portal meanwhile: agentctl resolve %1)</source>
        <translation> (cambiado en el portal mientras tanto: agentctl resolve %1)</translation>
    </message>
</context>
<context>
    <name>pac::cli::CliFormat</name>
    <message>
        <location filename="../cli/CliFormat.cpp" line="+63"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>pac::cli::CliSession</name>
    <message>
        <location filename="../cli/CliSession.cpp" line="+140"/>
        <source>No portal: give --portal URL or --demo (agentctl login saves them in the profile).</source>
        <translation>No hay portal: indique --portal URL o --demo (agentctl login los guarda en el perfil).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: only https is allowed, or plain http to this computer.</source>
        <translation>%1: solo se permite https, o http simple hacia este equipo.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This agentctl has no built-in demo portal: give --portal URL.</source>
        <translation>Este agentctl no tiene portal de demostración integrado: indique --portal URL.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The demo portal did not start: %1</source>
        <translation>El portal de demostración no se inició: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No user: give --user NAME (agentctl login saves it in the profile).</source>
        <translation>No hay usuario: indique --user NAME (agentctl login lo guarda en el perfil).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not signed in as %1: run agentctl login (the password comes from %2 or --password-stdin).</source>
        <translation>No ha iniciado sesión como %1: ejecute agentctl login (la contraseña se toma de %2 o de --password-stdin).</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>This profile holds no session of %1: run agentctl login.</source>
        <translation>Este perfil no tiene ninguna sesión de %1: ejecute agentctl login.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>No password: set %1 or use --password-stdin.</source>
        <translation>No hay contraseña: defina %1 o use --password-stdin.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sign-in refused for %1: wrong user name or password.</source>
        <translation>Inicio de sesión rechazado para %1: nombre de usuario o contraseña incorrectos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sign-in</source>
        <translation>inicio de sesión</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The session of %1 has expired: run agentctl login.</source>
        <translation>La sesión de %1 ha caducado: ejecute agentctl login.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Give the user name with --user NAME.</source>
        <translation>Indique el nombre de usuario con --user NAME.</translation>
    </message>
</context>
<context>
    <name>pac::cli::CommandArguments</name>
    <message>
        <location filename="../cli/Command.cpp" line="+22"/>
        <source>Usage: agentctl [global options] %1</source>
        <translation>Uso: agentctl [opciones globales] %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Options:</source>
        <translation>Opciones:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Show this help.</source>
        <translation>Muestra esta ayuda.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>missing arguments</source>
        <translation>faltan argumentos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unexpected argument “%1”</source>
        <translation>argumento inesperado “%1”</translation>
    </message>
</context>
<context>
    <name>pac::cli::CommandContext</name>
    <message>
        <location filename="../cli/EditCommands.cpp" line="+28"/>
        <source>“%1” is not a customer id.</source>
        <translation>“%1” no es un ID de cliente.</translation>
    </message>
</context>
<context>
    <name>pac::cli::CreditAppCommand</name>
    <message>
        <location filename="../cli/CreditAppCommand.cpp" line="+57"/>
        <source>Credit applications: submit one from a JSON file, list them with their status, decide one (support staff), print one as PDF.</source>
        <translation>Solicitudes de crédito: enviar una desde un archivo JSON, listarlas con su estado, decidir una (personal de soporte), imprimir una como PDF.</translation>
    </message>
</context>
<context>
    <name>pac::cli::CreditAppDecideCommand</name>
    <message>
        <location line="+96"/>
        <source>Support staff: approve application APP with a credit limit (above the current one, at most the requested), which becomes the customer&apos;s, or decline it with a reason.</source>
        <translation>Personal de soporte: aprueba la solicitud APP con un límite de crédito (superior al actual y, como máximo, el solicitado), que pasa a ser el del cliente, o la rechaza indicando un motivo.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The approved credit limit in dollars (“2500”, “$2,500.00”).</source>
        <translation>El límite de crédito aprobado en dólares (“2500”, “$2,500.00”).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why the application is declined.</source>
        <translation>Motivo por el que se rechaza la solicitud.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A note kept with an approval.</source>
        <translation>Una nota que se guarda con la aprobación.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” is not an application id.</source>
        <translation>“%1” no es un identificador de solicitud.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>approve takes --limit DOLLARS (and no --reason).</source>
        <translation>approve requiere --limit DOLLARS (y no --reason).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>decline takes --reason TEXT (and no --limit).</source>
        <translation>decline requiere --reason TEXT (y no --limit).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” is not approve or decline.</source>
        <translation>“%1” no es approve ni decline.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>declined (%1).</source>
        <translation>rechazada (%1).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>approved; customer %1 now has a credit limit of %2.</source>
        <translation>aprobada; el cliente %1 ahora tiene un límite de crédito de %2.</translation>
    </message>
</context>
<context>
    <name>pac::cli::CreditAppFile</name>
    <message>
        <location filename="../cli/CreditAppFile.cpp" line="+18"/>
        <source>%1 cannot be read: %2.</source>
        <translation>No se puede leer %1: %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is %2 bytes; a credit application file is far smaller.</source>
        <translation>%1 ocupa %2 bytes; un archivo de solicitud de crédito es mucho más pequeño.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 is not JSON: %2 at character %3.</source>
        <translation>%1 no es JSON: %2 en el carácter %3.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 must hold one JSON object (the application).</source>
        <translation>%1 debe contener un único objeto JSON (la solicitud).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: “%2” has the wrong type or an unknown value.</source>
        <translation>%1: “%2” tiene un tipo incorrecto o un valor desconocido.</translation>
    </message>
</context>
<context>
    <name>pac::cli::CreditAppListCommand</name>
    <message>
        <location filename="../cli/CreditAppReports.cpp" line="+69"/>
        <source>The credit applications you may see, with their status (submitted, approved with the limit, declined with the reason), and submissions still waiting to be sent.</source>
        <translation>Las solicitudes de crédito que puede ver, con su estado (enviada, aprobada con el límite, rechazada con el motivo), y los envíos que aún esperan ser enviados.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>table, json or csv.</source>
        <translation>table, json o csv.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only submitted, approved or declined.</source>
        <translation>Solo submitted, approved o declined.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>List what the cache holds, without syncing first.</source>
        <translation>Listar el contenido de la caché, sin sincronizar antes.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“%1” is not one of table, json, csv.</source>
        <translation>“%1” no es uno de table, json, csv.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“%1” is not one of submitted, approved, declined.</source>
        <translation>“%1” no es uno de submitted, approved, declined.</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Requested</source>
        <translation>Solicitado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Approved</source>
        <translation>Aprobado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitted</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n application(s)</source>
        <translation>
            <numerusform>%n solicitud</numerusform>
            <numerusform>%n solicitudes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pac::cli::CreditAppNewCommand</name>
    <message>
        <location filename="../cli/CreditAppCommand.cpp" line="-176"/>
        <source>Submit a credit application for customer ID. FILE.json holds the application as the portal takes it (see the README and resources/examples/credit-application.json).</source>
        <translation>Enviar una solicitud de crédito para el cliente ID. FILE.json contiene la solicitud en el formato que acepta el portal (consulte el README y resources/examples/credit-application.json).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The application, as JSON.</source>
        <translation>La solicitud, en JSON.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” is not a customer id.</source>
        <translation>“%1” no es un id de cliente.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>credit-app new needs --from FILE.json.</source>
        <translation>credit-app new necesita --from FILE.json.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>submitted as application %1, requested limit %2; support staff decide it (“agentctl credit-app list” follows its status).</source>
        <translation>enviada como solicitud %1, límite solicitado %2; el personal de soporte la decide (“agentctl credit-app list” muestra su estado).</translation>
    </message>
</context>
<context>
    <name>pac::cli::CreditAppPdfCommand</name>
    <message>
        <location filename="../cli/CreditAppReports.cpp" line="+13"/>
        <source>Print application APP as a PDF: every field, the status, the signature line and the date it was generated.</source>
        <translation>Imprime la solicitud APP como PDF: todos los campos, el estado, la línea de firma y la fecha de generación.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The PDF file to write.</source>
        <translation>El archivo PDF que se escribirá.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“%1” is not an application id.</source>
        <translation>“%1” no es un ID de solicitud.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>credit-app pdf needs --out FILE.pdf.</source>
        <translation>credit-app pdf requiere --out FILE.pdf.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Printing needs a QGuiApplication (agentctl makes one for credit-app).</source>
        <translation>Para imprimir se necesita una QGuiApplication (agentctl crea una para credit-app).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>credit-app pdf %1: there is no such application in your list.</source>
        <translation>credit-app pdf %1: esa solicitud no está en su lista.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The cached application %1 cannot be read (“%2”).</source>
        <translation>No se puede leer la solicitud %1 de la caché local (“%2”).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>wrote %1</source>
        <translation>se escribió %1</translation>
    </message>
</context>
<context>
    <name>pac::cli::CustomersCommand</name>
    <message>
        <location filename="../cli/CustomerCommands.cpp" line="+41"/>
        <source>conflict</source>
        <translation>conflicto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>refused</source>
        <translation>rechazado</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n pending</source>
        <translation>
            <numerusform>%n pendiente</numerusform>
            <numerusform>%n pendientes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n invoice resend(s) pending</source>
        <translation>
            <numerusform>%n reenvío de factura pendiente</numerusform>
            <numerusform>%n reenvíos de factura pendientes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>List the customers in the cache (synced first if empty), as the console&apos;s table.</source>
        <translation>Lista los clientes de la caché local (sincroniza antes si está vacía), como la tabla de la consola.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Only customers whose name, account number or an email contains TEXT.</source>
        <translation>Solo los clientes cuyo nombre, número de cuenta o algún correo contenga TEXT.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One of: %1.</source>
        <translation>Uno de: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>table, json or csv.</source>
        <translation>table, json o csv.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“%1” is not one of table, json, csv.</source>
        <translation>“%1” no es table, json ni csv.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” is not a view; the views are: %2.</source>
        <translation>“%1” no es una vista; las vistas son: %2.</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Terms</source>
        <translation>Condiciones</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Limit</source>
        <translation>Límite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ACH</source>
        <translation>ACH</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Emails</source>
        <translation>Correos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Local edits</source>
        <translation>Cambios locales</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n cliente</numerusform>
            <numerusform>%n clientes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pac::cli::DiscardCommand</name>
    <message>
        <location filename="../cli/OutboxCommands.cpp" line="+225"/>
        <source>Drop an edit from the outbox (its number as “agentctl outbox” shows it).</source>
        <translation>Descartar un cambio de la bandeja de salida (su número, tal como lo muestra “agentctl outbox”).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>“%1” is not an edit number.</source>
        <translation>“%1” no es un número de cambio.</translation>
    </message>
</context>
<context>
    <name>pac::cli::EditDelivery</name>
    <message>
        <location filename="../cli/EditDelivery.cpp" line="+78"/>
        <source>The edit is kept in the outbox (#%1); “agentctl push” or the next sync sends it.</source>
        <translation>El cambio se conserva en la bandeja de salida (#%1); “agentctl push” o la próxima sincronización lo envía.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The refused edit is kept as #%1 (see “agentctl outbox”); correct it, or remove it with “agentctl discard %1”.</source>
        <translation>El cambio rechazado se conserva como n.º %1 (vea «agentctl outbox»); corríjalo o elimínelo con «agentctl discard %1».</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>customer %1 was changed on the portal meanwhile; both versions are kept. Choose with “agentctl resolve %1 --mine|--theirs%2”.</source>
        <translation>el cliente %1 se modificó en el portal mientras tanto; se conservan ambas versiones. Elija con “agentctl resolve %1 --mine|--theirs%2”.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>an earlier edit of customer %1 has not reached the portal yet.</source>
        <translation>un cambio anterior del cliente %1 aún no ha llegado al portal.</translation>
    </message>
</context>
<context>
    <name>pac::cli::GlobalOptions</name>
    <message>
        <location filename="../cli/GlobalOptions.cpp" line="+13"/>
        <source>The portal&apos;s address, e.g. https://portal.example.com.</source>
        <translation>La dirección del portal, p. ej., https://portal.example.com.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use the built-in demo portal (its data is kept in the profile; password “demo”).</source>
        <translation>Usar el portal de demostración integrado (sus datos se guardan en el perfil; contraseña “demo”).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User name to sign in with.</source>
        <translation>Nombre de usuario con el que iniciar sesión.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile folder: cache, outbox and settings.</source>
        <translation>Carpeta del perfil: caché, bandeja de salida y preferencias.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read the password from the first line of standard input (else AGENT_CONSOLE_PASSWORD).</source>
        <translation>Leer la contraseña de la primera línea de la entrada estándar (si no, de AGENT_CONSOLE_PASSWORD).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also trust the certificate authorities of this PEM file.</source>
        <translation>Confiar también en las autoridades de certificación de este archivo PEM.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give up a request after this many seconds without data.</source>
        <translation>Abandonar una solicitud tras esta cantidad de segundos sin datos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where the session token is kept: auto (system keychain, else a file only you can read), keychain or file.</source>
        <translation>Dónde se guarda el token de sesión: auto (llavero del sistema; si no, un archivo que solo usted puede leer), keychain o file.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Customers of a new demo portal store.</source>
        <translation>Número de clientes de un nuevo almacén del portal de demostración.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print one line per edit sent.</source>
        <translation>Imprimir una línea por cada cambio enviado.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--portal: “%1” is not a web address.</source>
        <translation>--portal: “%1” no es una dirección web.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--portal and --demo cannot be used together.</source>
        <translation>--portal y --demo no se pueden usar juntos.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--timeout: “%1” is not a positive number of seconds.</source>
        <translation>--timeout: “%1” no es un número positivo de segundos.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--token-store: “%1” is not one of auto, keychain, file.</source>
        <translation>--token-store: “%1” no es auto, keychain ni file.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--demo-customers: “%1” is not a number from 1 to 1000000.</source>
        <translation>--demo-customers: “%1” no es un número del 1 al 1000000.</translation>
    </message>
</context>
<context>
    <name>pac::cli::HistoryCommand</name>
    <message>
        <location filename="../cli/HistoryCommand.cpp" line="+66"/>
        <source>Show a customer&apos;s audit history (when, who, what, before, after).</source>
        <translation>Mostrar el historial de auditoría de un cliente (cuándo, quién, qué, antes, después).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>table or json.</source>
        <translation>table o json.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“%1” is not a customer id.</source>
        <translation>“%1” no es un id de cliente.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Showing the history as fetched on %1.</source>
        <translation>Se muestra el historial tal como se obtuvo el %1.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n history entry(ies)</source>
        <translation>
            <numerusform>%n entrada de historial</numerusform>
            <numerusform>%n entradas de historial</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pac::cli::InvoiceAction</name>
    <message>
        <location filename="../cli/InvoiceCommand.cpp" line="+70"/>
        <source>(nobody)</source>
        <translation>(nadie)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>“%1” is neither an invoice id nor an invoice number like INV-2026-0142.</source>
        <translation>«%1» no es ni un id de factura ni un número de factura como INV-2026-0142.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>no invoice numbered %1 is kept on this computer, and the portal finds invoices by id only. Use the invoice&apos;s id (the ID column of “agentctl invoices CUSTOMER”), or run that command first.</source>
        <translation>no hay en este equipo ninguna factura con el número %1, y el portal busca las facturas solo por id. Use el id de la factura (la columna ID de «agentctl invoices CLIENTE»), o ejecute primero esa orden.</translation>
    </message>
</context>
<context>
    <name>pac::cli::InvoiceCommand</name>
    <message>
        <location line="-65"/>
        <source>One invoice (INV: its id, or its number once the customer&apos;s invoices are kept here): show it, save its PDF, send it again.</source>
        <translation>Una factura (INV: su id, o su número una vez guardadas aquí las facturas del cliente): mostrarla, guardar su PDF, enviarla de nuevo.</translation>
    </message>
</context>
<context>
    <name>pac::cli::InvoiceEmailsCommand</name>
    <message>
        <location filename="../cli/EditCommands.cpp" line="+23"/>
        <source>Show or change a customer&apos;s Additional Invoice Emails (up to 10, CC&apos;d on every invoice).</source>
        <translation>Muestra o cambia los correos adicionales de facturación de un cliente (hasta 10, en copia en cada factura).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Replace the list: addresses separated by commas, semicolons or line breaks (&quot;Ann &lt;ann@x.com&gt;&quot; works).</source>
        <translation>Reemplaza la lista: direcciones separadas por comas, punto y coma o saltos de línea (se acepta &quot;Ann &lt;ann@x.com&gt;&quot;).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add one or more addresses.</source>
        <translation>Agrega una o más direcciones.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove an address.</source>
        <translation>Quita una dirección.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Use only one of --set, --add and --remove.</source>
        <translation>Use solo una de --set, --add y --remove.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>invoice-emails %1: there is no such customer in your list.</source>
        <translation>invoice-emails %1: ese cliente no está en su lista.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>(redundant: already a billing contact)</source>
        <translation>(redundante: ya es contacto de facturación)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of %2 additional invoice emails</source>
        <translation>%1 de %2 correos adicionales de facturación</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>saved on the portal; %1 of %2: %3</source>
        <translation>guardado en el portal; %1 de %2: %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
</context>
<context>
    <name>pac::cli::InvoiceListCommand</name>
    <message>
        <location filename="../cli/InvoiceCommands.cpp" line="+56"/>
        <source>table, json or csv.</source>
        <translation>table, json o csv.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only invoices in this status: open, paid, past_due or void.</source>
        <translation>Solo las facturas en este estado: open, paid, past_due o void.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“%1” is not a format; use table, json or csv.</source>
        <translation>“%1” no es un formato; use table, json o csv.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“%1” is not an invoice status; use open, paid, past_due or void.</source>
        <translation>“%1” no es un estado de factura; use open, paid, past_due o void.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“%1” is not a customer id.</source>
        <translation>“%1” no es un ID de cliente.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Showing what was fetched on %1.</source>
        <translation>Se muestra lo obtenido el %1.</translation>
    </message>
    <message>
        <location line="+64"/>
        <location line="+44"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="-44"/>
        <location line="+44"/>
        <source>Invoice</source>
        <translation>Factura</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Issued</source>
        <translation>Emitida</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+44"/>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Paid</source>
        <translation>Pagada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sent to</source>
        <translation>Enviada a</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n invoice(s)</source>
        <translation>
            <numerusform>%n factura</numerusform>
            <numerusform>%n facturas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+33"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>succeeded</source>
        <translation>correcto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed (%1)</source>
        <translation>fallido (%1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no reason given</source>
        <translation>sin motivo indicado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ACH</source>
        <translation>ACH</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>card</source>
        <translation>tarjeta</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n payment(s)</source>
        <translation>
            <numerusform>%n pago</numerusform>
            <numerusform>%n pagos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pac::cli::InvoicePdfCommand</name>
    <message>
        <location filename="../cli/InvoiceCommand.cpp" line="+96"/>
        <source>Save an invoice as the customer receives it, a PDF drawn by the portal.</source>
        <translation>Guardar una factura tal como la recibe el cliente, un PDF generado por el portal.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The PDF file to write.</source>
        <translation>El archivo PDF que se escribirá.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>invoice pdf needs --out FILE.pdf.</source>
        <translation>invoice pdf necesita --out ARCHIVO.pdf.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>“%1” cannot be written: %2.</source>
        <translation>No se puede escribir “%1”: %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>wrote %1 (%2 bytes)</source>
        <translation>se escribió %1 (%2 bytes)</translation>
    </message>
</context>
<context>
    <name>pac::cli::InvoiceSendCommand</name>
    <message>
        <location line="+20"/>
        <source>Send an invoice again to the customer&apos;s recipients as they are now (To: billing contacts, CC: Additional Invoice Emails); offline it waits in the outbox.</source>
        <translation>Enviar de nuevo una factura a los destinatarios actuales del cliente (Para: contactos de facturación, CC: correos adicionales de facturas); sin conexión espera en la bandeja de salida.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Invoice %1 of customer %2 — %3</source>
        <translation>Factura %1 del cliente %2 — %3</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>sent again.</source>
        <translation>enviada de nuevo.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>sent again (%1).</source>
        <translation>enviada de nuevo (%1).</translation>
    </message>
</context>
<context>
    <name>pac::cli::InvoiceShowCommand</name>
    <message>
        <location filename="../cli/InvoiceShowCommand.cpp" line="+19"/>
        <source>the portal</source>
        <translation>el portal</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Show an invoice: its lines, the payments made against it (when the customer&apos;s payments are kept here) and every sending (csv: the lines).</source>
        <translation>Mostrar una factura: sus líneas, los pagos hechos sobre ella (cuando los pagos del cliente se guardan aquí) y cada envío (csv: las líneas).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>table, json or csv.</source>
        <translation>table, json o csv.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“%1” is not a format; use table, json or csv.</source>
        <translation>“%1” no es un formato; use table, json o csv.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Showing what was fetched on %1.</source>
        <translation>Se muestra lo obtenido el %1.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Invoice</source>
        <translation>Factura</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 (id %2)</source>
        <translation>%1 (id %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Issued</source>
        <translation>Emitida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <location line="+16"/>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Paid</source>
        <translation>Pagada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lines</source>
        <translation>Líneas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Payments</source>
        <translation>Pagos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(not kept on this computer: “agentctl payments %1” fetches them)</source>
        <translation>(no guardados en este equipo: «agentctl payments %1» los descarga)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+18"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>succeeded</source>
        <translation>correcto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed (%1)</source>
        <translation>fallido (%1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no reason given</source>
        <translation>sin motivo indicado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ACH</source>
        <translation>ACH</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>card</source>
        <translation>tarjeta</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sent</source>
        <translation>Envíos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(never)</source>
        <translation>(nunca)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CC</source>
        <translation>CC</translation>
    </message>
</context>
<context>
    <name>pac::cli::InvoicesCommand</name>
    <message>
        <location filename="../cli/InvoiceCommands.cpp" line="-205"/>
        <source>List a customer&apos;s invoices, newest first (number, issued, due, amount, paid, status, sent to).</source>
        <translation>Lista las facturas de un cliente, de la más reciente a la más antigua (número, emisión, vencimiento, importe, pagado, estado, enviada a).</translation>
    </message>
</context>
<context>
    <name>pac::cli::LoginCommand</name>
    <message>
        <location filename="../cli/SessionCommands.cpp" line="+16"/>
        <source>Sign in; the token goes to the system keychain (else a file only you can read).</source>
        <translation>Inicia sesión; el token se guarda en el llavero del sistema (o, si no, en un archivo que solo usted puede leer).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Signed in as %1 (%2, %3) on %4.</source>
        <translation>Sesión iniciada como %1 (%2, %3) en %4.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the demo portal</source>
        <translation>el portal de demostración</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The session is kept in: %1.</source>
        <translation>La sesión se guarda en: %1.</translation>
    </message>
</context>
<context>
    <name>pac::cli::LogoutCommand</name>
    <message>
        <location line="+12"/>
        <source>Forget the session token (the cache and unsent edits stay in the profile).</source>
        <translation>Olvida el token de sesión (la caché y los cambios no enviados permanecen en el perfil).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No user: give --user NAME.</source>
        <translation>No hay usuario: indique --user NAME.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signed out %1.</source>
        <translation>Se cerró la sesión de %1.</translation>
    </message>
</context>
<context>
    <name>pac::cli::OutboxCommand</name>
    <message>
        <location filename="../cli/OutboxCommands.cpp" line="-217"/>
        <source>(cannot be read back)</source>
        <translation>(no se puede leer)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(no emails)</source>
        <translation>(sin correos)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>requested limit %1</source>
        <translation>límite solicitado %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>send invoice %1 again</source>
        <translation>enviar de nuevo la factura %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>application %1: %2</source>
        <translation>solicitud %1: %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>List the edits not yet accepted by the portal (pending, conflict, refused).</source>
        <translation>Lista los cambios que el portal aún no ha aceptado (pendientes, en conflicto, rechazados).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>table or json.</source>
        <translation>table o json.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Edit</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tries</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Made</source>
        <translation>Creado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last error</source>
        <translation>Último error</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n edit(s) in the outbox</source>
        <translation>
            <numerusform>%n cambio en la bandeja de salida</numerusform>
            <numerusform>%n cambios en la bandeja de salida</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pac::cli::PaymentsCommand</name>
    <message>
        <location filename="../cli/InvoiceCommands.cpp" line="+15"/>
        <source>List a customer&apos;s payments, newest first (card or ACH, failed ones with the reason).</source>
        <translation>Lista los pagos de un cliente, del más reciente al más antiguo (tarjeta o ACH; los fallidos con el motivo).</translation>
    </message>
</context>
<context>
    <name>pac::cli::PushCommand</name>
    <message>
        <location filename="../cli/SyncCommands.cpp" line="+106"/>
        <source>Send the pending edits of the outbox now.</source>
        <translation>Envía ahora los cambios pendientes de la bandeja de salida.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Nothing to send.</source>
        <translation>No hay nada que enviar.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Outbox: %1 pending, %2 conflicts, %3 refused (agentctl outbox)</source>
        <translation>Bandeja de salida: %1 pendientes, %2 conflictos, %3 rechazados (agentctl outbox)</translation>
    </message>
</context>
<context>
    <name>pac::cli::ResolveCommand</name>
    <message>
        <location filename="../cli/OutboxCommands.cpp" line="+11"/>
        <source>Show or settle the conflict of customer ID: keep yours, take theirs, or merge email lists.</source>
        <translation>Muestra o resuelve el conflicto del cliente ID: conservar su versión, tomar la del portal o combinar las listas de correos.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keep your edit (sent again).</source>
        <translation>Conserva su cambio (se vuelve a enviar).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take the portal&apos;s version (your edit is dropped).</source>
        <translation>Toma la versión del portal (su cambio se descarta).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invoice emails: theirs plus the addresses only yours has.</source>
        <translation>Correos de facturación: los del portal más las direcciones que solo tiene su versión.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With --merge: the merged list to send.</source>
        <translation>Con --merge: la lista combinada que se enviará.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“%1” is not a customer id.</source>
        <translation>“%1” no es un ID de cliente.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose one of --mine, --theirs and --merge.</source>
        <translation>Elija solo una de --mine, --theirs y --merge.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1: customer %2 has no conflict.</source>
        <translation>%1: el cliente %2 no tiene conflictos.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Conflict of customer %1 (edit #%2, %3):</source>
        <translation>Conflicto del cliente %1 (cambio #%2, %3):</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+8"/>
        <source>mine:   </source>
        <translation>mía:       </translation>
    </message>
    <message>
        <location line="-7"/>
        <source>theirs: </source>
        <translation>portal:    </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>merged: </source>
        <translation>combinada: </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>left out of the merge: %1 (%2)</source>
        <translation>excluida de la combinación: %1 (%2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>theirs: version %1, updated %2</source>
        <translation>portal:    versión %1, actualizada el %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose with: agentctl resolve %1 --mine | --theirs%2</source>
        <translation>Elija con: agentctl resolve %1 --mine | --theirs%2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>your version is now on the portal.</source>
        <translation>su versión ya está en el portal.</translation>
    </message>
</context>
<context>
    <name>pac::cli::ShowCommand</name>
    <message>
        <location filename="../cli/CustomerCommands.cpp" line="+12"/>
        <source>Show one customer: terms, credit, ACH, invoice recipients and local edits.</source>
        <translation>Muestra un cliente: condiciones, crédito, ACH, destinatarios de la factura y cambios locales.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>text or json.</source>
        <translation>text o json.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The customer&apos;s id.</source>
        <translation>El id del cliente.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“%1” is not a customer id.</source>
        <translation>“%1” no es un id de cliente.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>show %1: there is no such customer in your list.</source>
        <translation>show %1: ese cliente no está en su lista.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Master agent</source>
        <translation>Agente maestro</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+6"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Customer since</source>
        <translation>Cliente desde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment terms</source>
        <translation>Condiciones de pago</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit limit</source>
        <translation>Límite de crédito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last payment issue</source>
        <translation>Última incidencia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ACH</source>
        <translation>ACH</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Invoices go to</source>
        <translation>Facturas a</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no billing contact)</source>
        <translation>(sin contacto de facturación)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invoice CC</source>
        <translation>CC de facturas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2: %3</source>
        <translation>%1 de %2: %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Redundant</source>
        <translation>Redundantes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 (already billing contacts)</source>
        <translation>%1 (ya son contactos de facturación)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>Actualizado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 (version %2)</source>
        <translation>%1 (versión %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Local edits</source>
        <translation>Cambios locales</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> — see agentctl outbox</source>
        <translation> — consulte agentctl outbox</translation>
    </message>
</context>
<context>
    <name>pac::cli::SyncCommand</name>
    <message numerus="yes">
        <location filename="../cli/SyncCommands.cpp" line="-120"/>
        <source>%n edit(s) sent: %1 applied, %2 conflicts, %3 refused, %4 waiting</source>
        <translation>
            <numerusform>%n cambio enviado: %1 aplicados, %2 conflictos, %3 rechazados, %4 en espera</numerusform>
            <numerusform>%n cambios enviados: %1 aplicados, %2 conflictos, %3 rechazados, %4 en espera</numerusform>
        </translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Send the outbox, then bring the cache up to date; prints counts and time.</source>
        <translation>Envía la bandeja de salida y luego actualiza la caché; muestra los recuentos y el tiempo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fetch every customer again (also drops the ones no longer visible).</source>
        <translation>Volver a obtener todos los clientes (también elimina los que ya no son visibles).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Full sync: %1 customers received, %2 written, %3 removed</source>
        <translation>Sincronización completa: %1 clientes recibidos, %2 escritos, %3 eliminados</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delta sync: %1 changed customers received, %2 written</source>
        <translation>Sincronización incremental: %1 clientes modificados recibidos, %2 escritos</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n credit application(s)</source>
        <translation>
            <numerusform>%n solicitud de crédito</numerusform>
            <numerusform>%n solicitudes de crédito</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Outbox: %1 pending, %2 conflicts, %3 refused (agentctl outbox)</source>
        <translation>Bandeja de salida: %1 pendientes, %2 conflictos, %3 rechazados (agentctl outbox)</translation>
    </message>
</context>
<context>
    <name>pac::cli::SyncRunner</name>
    <message>
        <location filename="../cli/SyncRunner.cpp" line="+48"/>
        <source>The cache is empty: syncing first…</source>
        <translation>La caché está vacía: sincronizando primero…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The sync was cancelled.</source>
        <translation>Se canceló la sincronización.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>sync</source>
        <translation>sincronización</translation>
    </message>
</context>
<context>
    <name>pac::cli::TermsCommand</name>
    <message>
        <location filename="../cli/EditCommands.cpp" line="+13"/>
        <source>Move a customer to Net 15 (credit limit at least $500.00) or back to due on receipt.</source>
        <translation>Cambia a un cliente a Neto 15 (límite de crédito de al menos $500.00) o de vuelta a Pago al recibir.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>net15: print what Net 15 would mean from the recent invoices (the typical amount owed before an invoice falls due, against the limit) and change nothing.</source>
        <translation>net15: muestra qué supondría Neto 15 según las facturas recientes (lo que se suele deber antes de que venza una factura, frente al límite) sin cambiar nada.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>“%1” is not net15 or due_on_receipt.</source>
        <translation>“%1” no es net15 ni due_on_receipt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>terms %1: due on receipt charges each invoice when it is issued; the approved credit limit stays on record. Nothing was changed.</source>
        <translation>terms %1: con pago al recibir cada factura se cobra al emitirse; el límite de crédito aprobado se conserva. No se cambió nada.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>now %1, credit limit %2</source>
        <translation>ahora %1, límite de crédito %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>what Net 15 would mean (nothing was changed):</source>
        <translation>qué supondría Neto 15 (no se cambió nada):</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>From the invoices as fetched on %1.</source>
        <translation>Según las facturas obtenidas el %1.</translation>
    </message>
</context>
</TS>
