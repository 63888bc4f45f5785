//! Portuguese: the words the detector knows and their roles, the words of its request
//! frames, and the forms of its verbs and role nouns the word lists do not spell out.

use crate::intent::language::{Compounds, Grammar, Language, Morphology, Stems, Words};

pub(crate) const LANGUAGE: Language = Language {
    words: WORDS,
    grammar: GRAMMAR,
    morphology: Morphology {
        stems: &[PORTUGUESE_AR, PORTUGUESE_IR],
        passive_auxiliaries: &["ser"],
        ..Morphology::NONE
    },
    compounds: Compounds::NONE,
    durations: "segundo vezes",
};

const WORDS: Words = Words {
    look_alikes: "recursos humanos, direitos humanos, cabelo humano, corpo humano, erro humano, \
                  agente de viagens, agente de viagem, agente imobiliario, corretor, \
                  corretor de imoveis, agente de seguros, representante de vendas, \
                  representantes de vendas, por pessoa, pessoa fisica, pessoa juridica, \
                  em pessoa, pessoalmente, horario de atendimento, horario do atendimento, \
                  outra pessoa, entregador, entregadora, motoboy, carteiro, motorista",
    myself: "eu sou humano, sou humano, sou humana, sou uma pessoa, sou uma pessoa real, \
             nao sou robo, nao sou um robo, nao sou um bot",
    jobs: "vaga, vagas, emprego, curriculo, contratando, contratam, rh, trabalhe conosco, \
           estagio, procuram, estao procurando",
    materials: "cabelo, cabelos, peruca, perucas, aplique, apliques",
    requests: "me ligasse, me ligassem, me retornasse, me retornassem, me retorne, me retornem, \
               me liga, me ligue, me ligar, me liguem, ligar pra mim, ligar para mim, \
               tem alguem ai, alguem ai, me retornem, me contate, me contatem, me contactem, \
               me contacte, entrem em contato comigo, entre em contato comigo, liguem pra mim, \
               ligue pra mim, me telefonem, me retorne, me chamem, retornem a ligacao, \
               com quem posso falar, com quem eu posso falar, com quem falo",
    bots: "robo, robos, robozinho, maquina, resposta automatica, automatico, assistente virtual",
    reject: "chega, chega de, cansei, cansado, cansada, odeio",
    negation: "nao, n, sem, nunca, jamais, ninguem, nenhum, nenhuma, nao precisa, \
               nao e necessario, sem necessidade",
    targets: "humano, humanos, ser humano, pessoa, pessoas, atendente, atendentes, agente, \
              operador, operadora, representante, consultor, consultora, atendimento humano, \
              atendimento, o sac, do sac, ao sac, no sac, suporte tecnico, gerente, supervisor, \
              vendedor, vendedora, responsavel, colaborador, colaboradora, colaboradores, \
              tecnico, tecnica, tecnicos, central de atendimento, apoio ao cliente, \
              servico de apoio ao cliente, linha de apoio, servico de atendimento, \
              setor de atendimento, atendimento ao cliente, atendimento ao consumidor, \
              suporte humano, funcionario, funcionaria, funcionarios, especialista, colega, \
              chefe, dono, dona, consultores, operadores, representantes, supervisores, gerentes",
    someone: "alguem, um de voces, algum de voces, alguem de voces, uma de voces",
    weak: "equipe, suporte, equipa, setor, moco, moca, financeiro, comercial, o time, do time, \
           ao time, no time, seu time, time de suporte, time de atendimento, time do suporte",
    real: "real, verdadeira, verdadeiro, de verdade, de carne e osso",
    call: "ligar, liga, ligue, liguem, contatem, contactem, em contato, em contacto, telefonar, \
           telefonem, retornar",
    contact: "falar, fala, conversar, contatar, contactar, chamar, chama, transferir, transfere, \
              passar, passa, atender, atenda, responder, ajudar, entrar em contato, contato, \
              transfira, transfiram, transferem, encaminhar, encaminha, encaminhe, encaminhem, \
              direcionar, direciona, direcione, conectar, conecta, conecte, conectem, passem, \
              por em contato, por em contacto, colocar em contato, colocar em contacto, \
              contacto, ser atendido, ser atendida, bater papo, reclamar, reclamacao, \
              fazer uma reclamacao, me passe, assumir, assuma, coloca, coloque, colocar, colocam",
    want: "quero, queria, preciso, precisava, gostaria, desejo, peco, solicito, gostava, \
           necessito, desejava",
    exist: "tem, existe, algum, disponivel, nao tem, cade, ha algum, ha alguma, ha alguem, \
            ha um, ha uma",
    boundaries: "mas, porem, contudo",
    thanks: "obrigado, obrigada, muito obrigado, muito obrigada, valeu, brigado, brigada",
    me: "mim, comigo",
    filler: "com, c, cm, um, uma, o, a, os, as, ao, de, do, da, dos, das, por, pra, pro, para, \
             favor, pfv, pfvr, eu, me, voce, voces, vc, vcs, te, que, agora, ja, logo, urgente, \
             rapido, direto, so, posso, poderia, pode, podem, consigo, ai, aqui, oi, ola, bom, \
             boa, dia, tarde, noite, e, ou, tipo, esta, nao sei, nao consigo, nao posso, nao da, \
             nao sou um, vossa, vosso, vossos, vossas, sua, seu, seus, suas, teu, tua, meu, \
             minha, nosso, nossa, se faz favor, faz favor, possa, podia, podiam, alguma, ingles, \
             por telefone, membro, membros, caso, meu caso, chamado, ticket, ser",
    things: "conta, cartao, dinheiro, saldo, pontos, pedido, encomenda, pacote, reserva, \
                endereco, morada, numero, pagina, site, rede, impressora, caixa de som, fone, \
                fones, carregador, cabo, aparelho, dispositivo, console, controle, televisao, \
                loja, filial, banco, tamanho, cor, modelo, versao, produto, artigo, estoque, \
                preco, cardapio, pagamento, fatura, recibo, reembolso, garantia, assinatura, \
                plano, carteira, aeroporto, estacao, casa, sistema, tela, computador, celular, \
                pix, boleto, carrinho",
    ..Words::NONE
};

const GRAMMAR: Grammar = Grammar {
    talk: "falar, fala, conversar, bater papo",
    transfer: "transferir, transfere, transfira, transfiram, transferem, passar, passa, passem, \
               encaminhar, encaminha, encaminhe, encaminhem, direcionar, direciona, direcione, \
               conectar, conecta, conecte, conectem, coloca, coloque, colocar, colocam, me passe",
    put_through: "por em contato, por em contacto, colocar em contato, colocar em contacto, \
                  em contato, em contacto",
    hand: "passa, passar, me passe",
    me: "conversa, chat",
    serve: "atender, atenda, atendam",
    call: "ligasse, ligassem, retornasse, retornassem, retorne, retornem, ligar, liga, ligue, \
           liguem, contatar, contactar, contatem, contactem, telefonar, \
           chamar, chama, retornar",
    to: "com, c, cm, pro, pra, para, ao, aos, pros",
    to_the: "a",
    by: "por, pela, pelo, pelos, pelas",
    from: "de, da, do, das, dos",
    det: "o, a, os, as, um, uma, seu, sua, seus, suas, vosso, vossa, teu, tua, pro, pra, ao, \
          pela, pelo, da, do",
    departments: "area, setor, sector",
    mine: "meu, minha, meus, minhas",
    clitic: "me",
    aux: "ser",
    glue: "esta, estao, e",
    available: "disponivel, disponiveis, livre",
    reachable: "contactavel, contatavel",
    pronouns: "ele, ela, eles, elas, voce, voces, vc, vcs, amigos, amigas, familia, marido, \
               esposa, mae, pai, filhos, clientes, jogadores, usuarios, outros, vizinhos",
    you: "voce, voces, vc, vcs",
    future: "vou, vamos",
    adjectives: "outro, outra, proximo, proxima, mesmo, mesma, novo, nova",
    ..Grammar::NONE
};

const PORTUGUESE_AR: Stems = Stems {
    stems: &[
        "encaminh", "direcion", "conect", "contat", "contact", "convers", "fal", "lig", "cham",
        "retorn",
    ],
    endings: &[
        "ar", "a", "as", "am", "e", "es", "em", "ando", "asse", "assem", "aria", "ariam", "arem",
    ],
    participles: &["ado", "ada", "ados", "adas"],
};

const PORTUGUESE_IR: Stems = Stems {
    stems: &["transfer", "transfir", "atend"],
    endings: &[
        "er", "ir", "a", "as", "am", "e", "es", "em", "endo", "indo", "esse", "essem", "isse",
        "issem", "eria", "eriam", "iria", "iriam",
    ],
    participles: &["ido", "ida", "idos", "idas"],
};
