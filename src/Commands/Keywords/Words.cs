namespace Conversational.Commands.Keywords;

/// <summary>The small words around commands, folded, in the three languages.</summary>
internal static class Words
{
    /// <summary>Skipped before a recipient or an amount: "to @lea", "à @lea", "pour @restos", "إلى @lea".</summary>
    public static readonly WordSet Fillers = new(
        "to", "for", "of", "a", "au", "aux", "pour", "vers", "de", "d'", "الي", "ل", "لـ", "من");

    /// <summary>Words that leave a one-word answer what it is: "yes please", "non merci", "نعم شكرا".</summary>
    public static readonly WordSet Politeness = new(
        "please", "pls", "plz", "thanks", "thank", "you", "thx", "merci", "beaucoup", "svp", "stp", "bien", "sur",
        "شكرا", "فضلك", "من", "لو", "سمحت");

    /// <summary>Requests to the bot, never part of a payment's note: "envoie 5€ @lea stp".</summary>
    public static readonly WordSet Please = new("please", "pls", "plz", "svp", "stp", "فضلك");

    /// <summary>Articles dropped before a product name: "buy the blue mug" asks for "BLUE MUG".</summary>
    public static readonly WordSet Determiners = new(
        "the", "a", "an", "some", "le", "la", "les", "un", "une", "des", "du", "de");

    /// <summary>Skipped before an order number: "track my order DS-4F7K2Q", "suivi de commande n° DS-4F7K2Q",
    /// "تتبع الطلب رقم DS-4F7K2Q".</summary>
    public static readonly WordSet OrderLeads = new(
        "my", "the", "order", "orders", "number", "no", "n°", "nº", "num", "mon", "ma", "mes", "de", "du", "la", "le",
        "commande", "commandes", "numero", "طلب", "طلبي", "الطلب", "رقم");

    /// <summary>Skipped before a referral code: "referral code R7K3QX", "parrainage mon code", "إحالة رمز R7K3QX".
    /// </summary>
    public static readonly WordSet ReferralLeads = new(
        "code", "my", "the", "mon", "ma", "le", "de", "du", "رمز", "رمزي", "الرمز", "كود");

    /// <summary>Skipped before what a link names or its code: "link my phone +33...", "lier avec le numéro 06...",
    /// "ربط رقم ...", "link code 123456".</summary>
    public static readonly WordSet LinkLeads = new(
        "to", "with", "my", "the", "a", "phone", "number", "mobile", "sms", "whatsapp", "code", "account", "avec", "mon", "ma",
        "le", "la", "au", "numero", "telephone", "tel", "portable", "compte", "الي", "مع", "رقم", "هاتف", "هاتفي", "الهاتف",
        "جوال", "رمز", "الرمز", "كود", "حساب");

    /// <summary>Names of the three languages, and of going back to the last one used: "#language fr", "#langue anglais",
    /// "#لغة العربية", "#language auto".</summary>
    public static readonly WordSet EnglishNames = new("en", "english", "anglais", "انجليزي", "الانجليزيه", "انجليزيه");

    public static readonly WordSet FrenchNames = new("fr", "french", "francais", "فرنسي", "الفرنسيه", "فرنسيه");

    public static readonly WordSet ArabicNames = new("ar", "arabic", "arabe", "عربي", "العربيه", "عربيه");

    public static readonly WordSet AutomaticNames = new("auto", "automatic", "automatique", "تلقائي", "تلقائيه");

    /// <summary>Names of Telegram: "link telegram @lea".</summary>
    public static readonly WordSet TelegramWords = new("telegram", "tg", "تيليجرام", "تلغرام", "تليغرام", "تيلجرام");

    /// <summary>Names of the web chat: "link web alice".</summary>
    public static readonly WordSet WebChatWords = new("web", "webchat", "chat", "site", "ويب", "الموقع", "الدردشه");

    /// <summary>Words that name no number, refused as amounts rather than read as notes.</summary>
    public static readonly WordSet NotANumber = new(
        "nan", "inf", "infinity", "infinite", "infini", "infinie", "∞", "-∞");

    /// <summary>Common French words, to tell French free text from English, with the words of French-only commands
    /// so that "supprimer ?" is a French question.</summary>
    public static readonly WordSet FrenchClues = new(
        "je", "j'", "tu", "il", "elle", "nous", "vous", "mon", "ma", "mes", "le", "la", "les", "un", "une", "des",
        "est", "et", "ou", "pour", "avec", "sur", "dans", "pas", "bonjour", "salut", "merci", "commande", "livraison",
        "quand", "comment", "combien", "quel", "quelle", "quels", "ai", "suis", "votre", "vos", "colis", "ce", "cette",
        "horaires", "retour", "rembourser", "qui", "que", "qu'", "c'est", "n'est", "veux", "voudrais", "svp", "oui",
        "non", "au", "aux", "du", "supprimer", "effacer", "donnees", "paiement", "parrainage", "suivi", "humain",
        "conseiller", "litige", "contester", "reprendre", "revenir");

    /// <summary>Common English words, to tell English free text from French, with the words of English-only
    /// commands.</summary>
    public static readonly WordSet EnglishClues = new(
        "i", "you", "my", "the", "is", "are", "and", "or", "for", "with", "on", "in", "not", "hello", "hi", "thanks",
        "order", "delivery", "when", "how", "much", "what", "which", "where", "am", "your", "parcel", "this", "that",
        "hours", "return", "refund", "who", "want", "would", "like", "please", "yes", "no", "of", "it", "do", "does",
        "can", "to", "delete", "erase", "data", "payment", "referral", "human", "advisor", "track", "loyalty",
        "dispute", "back");
}
