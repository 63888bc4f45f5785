//! Words shared by several languages or typed the same way in all of them ("bot", "admin",
//! "wifi"): they belong to no one language file.

use crate::intent::language::Words;

/// Words shared by several languages or typed the same way everywhere.
pub(crate) const COMMON: Words = Words {
    materials: "hair, wig, wigs, hairpiece, toupee",
    bots: "bot, bots, robot, robots, chatbot, chat bot",
    targets: "admin, agent, operator, cs, customer service, live agent, staff, call center, \
              call centre, callcenter, contact center, contact centre",
    weak: "support, team",
    filler: "ok, okay, oke, hi, hello, hallo, halo, hey, pls, plz, please",
    things:
        "wifi, wi fi, bluetooth, internet, app, apps, website, link, email, e mail, gmail, paypal, \
            gcash, whatsapp, whats, instagram, facebook, fb, viber, telegram, tiktok, shopee, \
            lazada, tv, pc, laptop, tablet, ipad, iphone, android, usb, hdmi, router, modem, \
            voucher, promo, qr, sim, otp, menu, model",
    ..Words::NONE
};
