//! Spanish: the words the detector knows and their roles, the words of its request
//! frames, and the forms of its verbs and role nouns the word lists do not spell out.

use crate::intent::language::{Compounds, Grammar, Language, Morphology, Stems, Words};

pub(crate) const LANGUAGE: Language = Language {
    words: WORDS,
    grammar: GRAMMAR,
    morphology: Morphology {
        stems: &[SPANISH_AR, SPANISH_IR],
        passive_auxiliaries: &["ser"],
        ..Morphology::NONE
    },
    compounds: Compounds::NONE,
    durations: "segundos minuto minutos hora horas dia dias semana semanas veces",
};

const WORDS: Words = Words {
    look_alikes: "recursos humanos, derechos humanos, cabello humano, pelo humano, \
                  cuerpo humano, error humano, agente de viajes, agente de viaje, \
                  agentes de viajes, agente inmobiliario, agente de seguros, agente de ventas, \
                  agentes de ventas, representante de ventas, representantes de ventas, \
                  por persona, en persona, persona juridica, persona fisica, otra persona, \
                  repartidor, repartidora, mensajero, cartero, chofer",
    myself: "soy humano, soy humana, soy un humano, soy una persona, soy una persona real, \
             soy persona, no soy un robot, no soy un bot, no soy robot, no soy una maquina",
    jobs: "empleo, vacante, vacantes, contratando, contratan, curriculum, rrhh, postular, \
           postularme, reclutamiento, busco trabajo, buscan, trabajar con ustedes",
    materials: "cabello, cabellos, peluca, pelucas, extensiones",
    requests: "me llamara, me llamaran, me llamase, me llamasen, me devuelva la llamada, \
               me devuelvan la llamada, me devolviera la llamada, me devolvieran la llamada, \
               devolucion de llamada, llamenme, llameme, me pueden llamar, me puede llamar, \
               me llamen, me llaman, \
               hay alguien ahi, alguien ahi, hay alguien, contactenme, me contacten, \
               me pueden contactar, me puede contactar, me contactan, marquenme, me marquen, \
               me pueden marcar, me puede marcar, me marcan, devuelvanme la llamada, \
               me devuelvan la llamada, me regresen la llamada, que me llamen, \
               con quien puedo hablar, con quien hablo, con quien me comunico, \
               con quien me puedo comunicar",
    bots: "maquina, contestadora, respuesta automatica, automatico, asistente virtual",
    reject: "basta, ya basta, harto, harta, cansado, cansada, odio, no mas",
    negation: "no, sin, nunca, jamas, nadie, ninguno, ninguna, tampoco, ya no, no hace falta, \
               no es necesario, no hay necesidad",
    targets: "humano, humanos, ser humano, persona, personas, agente, agentes, asesor, asesora, \
              asesores, operador, operadora, representante, ejecutivo, ejecutiva, encargado, \
              encargada, gerente, supervisor, atencion al cliente, servicio al cliente, \
              servicio de atencion, soporte tecnico, tecnico, tecnica, tecnicos, \
              servicio tecnico, atencion personalizada, atencion humana, personal de atencion, \
              personal humano, companero, companera, colega, colegas, especialista, jefe, jefa, \
              dueno, duena, centro de atencion, mesa de ayuda, ejecutivo de atencion, \
              miembro del equipo, ejecutivos, operadores, representantes, supervisores, \
              encargados, asesoras",
    someone: "alguien, alguno de ustedes, uno de ustedes, alguien de ustedes",
    weak: "equipo, soporte, departamento, ventas, cobranza, facturacion",
    real: "real, reales, verdadera, verdadero, de verdad, de carne y hueso, autentica",
    contact: "hablar, hablarle, comunicar, comunicarme, comunica, comunican, comunicame, \
              comunique, comuniquen, comuniqueme, contactar, contactarme, contacte, llamar, \
              llamen, llame, llamarme, llamame, chatear, pasar, pasame, pase, pasen, transferir, \
              transfiera, conectar, conecten, conectame, atender, atienda, atiendan, responder, \
              responda, ayudar, ayude, ayudarme, ayudeme, transfieran, transfiereme, \
              transfieranme, transferirme, transfiere, derivar, derivame, derivarme, deriven, \
              derive, derivenme, deriveme, conecta, conectarme, conectenme, conecteme, \
              poner en contacto, ponerme en contacto, ponen en contacto, pongan en contacto, \
              en contacto, contacten, redirigir, redirigirme, redirijan, pasarme, pasenme, \
              pasas, comuniques, comuniquenme, atiende, marcar, marcarme, platicar, charlar, \
              conversar, escalar, hablarme, hablo, pasan, pasarias, pasarian, transfieres, \
              transfieren, transferirias, conectas, conectan, comunicas, deriva, derivas, \
              derivan, quejarme, queja, reclamar, reclamo, poner una queja, me pasa con, \
              tomar mi caso, tome mi caso, se encargue, encargarse, paseme, pasame con, \
              paseme con, transfierame, derivame con",
    want: "quiero, quisiera, queria, necesito, necesitaria, me gustaria, gustaria, prefiero, \
           deseo, pido, solicito, dame, denme, busco, requiero, ocupo, necesitamos, queremos",
    exist: "hay, no hay, existe, algun, alguna, disponible",
    boundaries: "pero, sino, aunque",
    thanks: "gracias, muchas gracias, mil gracias",
    filler: "con, un, una, el, la, los, las, lo, al, de, del, en, por, favor, porfa, porfavor, \
             xfa, xfavor, pf, mi, yo, te, tu, usted, ustedes, su, sus, se, que, q, quien, como, \
             donde, puedo, podria, puede, pueden, podrian, pueda, ahora, ya, urgente, rapido, \
             directamente, solo, hola, buenas, buenos, dias, tardes, senor, senora, si, y, ahi, \
             aqui, para, es, esta, no se, no puedo, no consigo, no puede, no se puede, \
             no soy un, fa, x fa, favorcito, porfis, plis, tus, mis, ahorita, por telefono, \
             ingles, en ingles, espanol, area, miembro, miembros, caso, mi caso, ticket, \
             alguno de sus, uno de sus, una de sus, ser",
    things: "cuenta, tarjeta, dinero, plata, saldo, puntos, pedido, paquete, reserva, direccion, \
             numero, pagina, sitio, web, correo, red, impresora, altavoz, bocina, audifonos, \
             cargador, cable, dispositivo, consola, control, televisor, tele, tienda, sucursal, \
             banco, talla, color, modelo, version, producto, articulo, stock, precio, pago, \
             factura, recibo, reembolso, garantia, suscripcion, billetera, aeropuerto, estacion, \
             casa, sistema, pantalla, computadora, celular, carrito",
    ..Words::NONE
};

const GRAMMAR: Grammar = Grammar {
    talk: "hablar, hablarle, conversar, platicar, charlar, chatear",
    transfer: "pasar, pasame, pase, pasen, pasenme, paseme, pasarme, pasas, pasan, pasarias, \
               pasarian, transferir, transfiera, transfieran, transfiereme, transfieranme, \
               transferirme, transfiere, transfieres, transfieren, transferirias, transfierame, \
               comunicar, comunicarme, comunica, comunican, comunicame, comunique, comuniquen, \
               comuniqueme, comunicas, comuniques, comuniquenme, conectar, conecten, conectame, \
               conecta, conectarme, conectenme, conecteme, conectas, conectan, derivar, \
               derivame, derivarme, deriven, derive, derivenme, deriveme, deriva, derivas, \
               derivan, redirigir, redirigirme, redirijan, pongame, ponme, pone, pones, ponga, \
               ponerme",
    me: "conversacion, chat",
    put_through: "poner en contacto, ponerme en contacto, ponen en contacto, \
                  pongan en contacto, en contacto, me pasa con, pasame con, paseme con, \
                  derivame con",
    serve: "atender, atienda, atiendan, atiende",
    call: "llamara, llamaran, llamase, llamasen, llamar, llamen, llame, llaman, contactar, \
           contacte, contacten, contactan, marcar",
    call_me: "llamarme, llamame, contactarme, marcarme",
    to: "con",
    to_the: "a, hacia",
    by: "por",
    from: "de, del",
    det: "el, la, los, las, un, una, su, sus, al, alguno de sus, uno de sus, una de sus",
    departments: "area, sector",
    mine: "mi, mis",
    clitic: "me",
    aux: "ser",
    glue: "esta, estan",
    available: "disponible, disponibles, libre",
    reachable: "localizable, ubicable",
    pronouns: "ella, ellos, ellas, usted, ustedes, ti, nosotros, amigos, amigas, amigo, amiga, \
               familia, esposo, esposa, marido, mama, papa, hijos, clientes, jugadores, \
               usuarios, otros, vecinos",
    you: "usted, ustedes",
    future: "voy, vamos",
    adjectives: "otro, otra, siguiente, mismo, misma, nuevo, nueva",
    ..Grammar::NONE
};

/// Without "-e": once accents are folded it is also the past "hablé", "llamé".
const SPANISH_AR: Stems = Stems {
    stems: &[
        "comunic", "comuniqu", "conect", "contact", "deriv", "habl", "convers", "platic", "charl",
        "llam", "explic", "expliqu",
    ],
    endings: &[
        "ar", "arme", "arle", "arlo", "arla", "arnos", "a", "as", "an", "es", "en", "ame", "eme",
        "enme", "anme", "ara", "aras", "aran", "ase", "asen", "aria", "arias", "arian", "ando",
        "andome",
    ],
    participles: &["ado", "ada", "ados", "adas"],
};

const SPANISH_IR: Stems = Stems {
    stems: &[
        "transfer",
        "transfier",
        "transfir",
        "atend",
        "atiend",
        "redirig",
        "redirij",
    ],
    endings: &[
        "er", "ir", "erme", "irme", "erle", "irle", "a", "as", "an", "e", "es", "en", "ame",
        "anme", "eme", "enme", "iera", "ieras", "ieran", "iese", "iesen", "iendo", "iendome",
        "eria", "erian", "erias", "iria", "irian", "irias",
    ],
    participles: &["ido", "ida", "idos", "idas"],
};
