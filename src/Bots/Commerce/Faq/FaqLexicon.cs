using System.Collections.Frozen;

namespace Conversational.Bots.Commerce.Faq;

/// <summary>
/// The word lists of one language for <see cref="FaqText"/>: stop words, French elisions, SMS abbreviations and
/// synonym groups. Everything is written as people spell it and folded and stemmed here once, so a synonym group
/// lists words ("delivery", "shipping") and not stems; the first word of a group names the group's term. The groups
/// cover what shop customers ask about (opening hours, delivery, costs, returns, payment...), nothing specific to
/// one merchant.
/// </summary>
internal sealed class FaqLexicon
{
    public static readonly FaqLexicon English = new(
        FaqStemmer.English,
        stopWords:
        """
        a an the i me my mine myself you your yours u we us our ours he him his she her it its they them their
        this that these those is am are was were be been being do does did doing done have has had having will
        would shall should can could may might must to of in on at by for with from into onto about as and or but
        if so then than too very just please hi hello hey thanks thank there here what which who whom whose how
        why any some s t d ll m re ve don doesn didn isn aren wasn hasn haven won wouldn cant dont doesnt didnt
        isnt arent hasnt havent wont im ive id its whats hows whos thats theres get got getting want wanted need
        needed know tell let like would still yet already now today tonight tomorrow ok okay yes no not nothing
        anything something all also again many guys one until ago up out off after before
        """,
        elisions: "",
        abbreviations: new()
        {
            ["ur"] = "your", ["r"] = "are", ["y"] = "why", ["pls"] = "please", ["plz"] = "please",
            ["thx"] = "thanks", ["ty"] = "thanks", ["hrs"] = "hours", ["hr"] = "hour", ["tmrw"] = "tomorrow",
            ["tmr"] = "tomorrow", ["2moro"] = "tomorrow", ["2day"] = "today", ["wat"] = "what", ["wut"] = "what",
            ["wen"] = "when", ["whr"] = "where", ["wheres"] = "where", ["whens"] = "when", ["msg"] = "message",
            ["addr"] = "address", ["pkg"] = "package", ["info"] = "information", ["cuz"] = "because",
            ["wanna"] = "want", ["gonna"] = "going", ["tel"] = "phone", ["nr"] = "number", ["e"] = "",
            ["w"] = "with", ["b4"] = "before",
        },
        synonyms:
        [
            "open opening opened opens hours hour close closing closed shut timetable schedule",
            "deliver delivery deliveries delivered ship shipping shipped shipment send sent dispatch dispatched"
                + " post postage courier",
            "receive received receiving arrive arrival arrived",
            "long duration delay fast quick quickly soon speed",
            "mistake wrong error typo incorrect accident",
            "other another else instead different",
            "stay stays keep keeps wait waits hold",
            "cost costs price prices fee fees charge charges pricing expensive cheap",
            "abroad international internationally overseas foreign country countries worldwide europe outside"
                + " belgium switzerland luxembourg germany spain italy portugal netherlands ireland uk england"
                + " britain scotland wales usa america canada morocco algeria tunisia senegal",
            "relay pickup collect collection locker lockers pick",
            "track tracking tracked status trace",
            "cancel cancellation cancelled canceled undo stop",
            "address street postcode",
            "change modify update edit correct move moved moving relocate",
            "return returns returned refund refunded reimburse reimbursement",
            "damage damaged broken broke break cracked crack chipped defective faulty dented scratched shattered"
                + " smashed",
            "warranty guarantee guaranteed",
            "missing incomplete lacking",
            "pay paid payment paying card credit debit visa mastercard amex paypal cash cheque",
            "invoice receipt bill billing vat tax",
            "gift present",
            "wrap wrapping wrapped",
            "stock available availability unavailable restock sold",
            "code key serial licence license",
            "activate activation",
            "download install installation launcher",
            "phone telephone call mobile",
            "contact reach speak talk human person agent advisor representative staff",
            "email mail",
            "shop store boutique located location",
            "company business firm",
            "parcel package packet box",
            "mug cup",
            "day days",
            "order orders purchase buy bought",
        ]);

    public static readonly FaqLexicon French = new(
        FaqStemmer.French,
        stopWords:
        """
        le la les l un une des du de d au aux a et je j tu t il elle on nous vous ils elles me m te se s moi toi
        lui leur leurs y en ce c ca cela ceci cet cette ces mon ma mes ton ta tes son sa ses notre nos votre vos qui
        que qu quoi quel quelle quels quelles est es suis sont etes etre ete ai as avez ont avons avoir fait faire
        faut peux peut pouvez pourrais pourriez pourrait puis puisse veux voudrais veut voulez voudrait souhaite
        souhaiterais ne n pas plus pour par sur dans avec chez si bonjour salut merci svp stp oui non tres bien
        encore deja aujourd hui aujourdhui demain maintenant comment pourquoi alors donc mais jai jveux jpeux
        jvoudrais jsuis chui ya cest ces quoi estce serait sera svp bonsoir hello coucou toujours aussi
        vraiment juste petit rien vais vas va allez serai sera serez apres avant comme
        """,
        elisions: "l d j m t s n c qu jusqu lorsqu puisqu quoiqu",
        abbreviations: new()
        {
            ["vs"] = "vous", ["qd"] = "quand", ["qnd"] = "quand", ["kan"] = "quand", ["cb"] = "combien",
            ["cmb"] = "combien", ["cbn"] = "combien", ["pr"] = "pour", ["tps"] = "temps", ["pk"] = "pourquoi",
            ["pq"] = "pourquoi", ["bcp"] = "beaucoup", ["tjrs"] = "toujours", ["tjs"] = "toujours",
            ["dispo"] = "disponible", ["dispos"] = "disponible", ["cmd"] = "commande", ["cde"] = "commande",
            ["tel"] = "telephone", ["auj"] = "aujourdhui", ["ajd"] = "aujourdhui", ["mtn"] = "maintenant",
            ["koi"] = "quoi", ["kwa"] = "quoi", ["qqn"] = "quelqu'un", ["qq1"] = "quelqu'un",
            ["msg"] = "message", ["num"] = "numero", ["adr"] = "adresse", ["rdv"] = "rendez-vous",
            ["infos"] = "informations", ["info"] = "information", ["rembourse"] = "remboursement",
            ["e"] = "", ["mail"] = "mail",
        },
        synonyms:
        [
            "ouvert ouverte ouverts ouvre ouvrez ouvrir ouverture horaire horaires heure heures ferme fermez"
                + " fermer fermeture fermes",
            "livrer livraison livrez livre expedier expedition expediez expedie envoi envoyer envoyez envoye"
                + " transporteur port parti partie partir",
            "recevoir recois recoit recevrai arriver arrive arrivee",
            "delai delais temps duree rapide rapidement vite long",
            "erreur erreurs tromper trompe faute",
            "autre autres plutot different",
            "rester reste garder garde attendre attend",
            "prix cout coute couter couts tarif tarifs frais cher",
            "gratuit gratuite gratuitement offert offerte gratos",
            "etranger etrangere international internationale hors pays europe outre belgique suisse luxembourg"
                + " allemagne espagne italie portugal irlande angleterre canada maroc algerie tunisie senegal"
                + " usa amerique dom tom",
            "relais retrait retirer recuperer recuperation consigne casier",
            "suivi suivre suivis tracking statut",
            "annuler annulation annulee annulez arreter arrete",
            "adresse adresses rue",
            "modifier modification changer changement corriger rectifier demenager demenage",
            "retour retours retourner renvoyer renvoi rembourser remboursement remboursee",
            "casse cassee casser fele felee abime abimee endommage endommagee defectueux defectueuse defaut"
                + " ebreche brise",
            "garantie garanti",
            "manque manquant manquante incomplet incomplete",
            "payer paye paiement reglement regler carte visa mastercard paypal especes cheque liquide",
            "facture factures justificatif tva taxe",
            "cadeau cadeaux offrir",
            "emballage emballer emballe",
            "stock disponible disponibilite indisponible rupture reassort epuise reapprovisionnement",
            "jeu game",
            "code cle clef licence",
            "activer activation",
            "telecharger telechargement installer installation lanceur",
            "telephone portable mobile appeler",
            "contacter contact joindre parler conseiller humain agent",
            "mail email courriel",
            "boutique magasin situe situes",
            "entreprise societe",
            "colis paquet",
            "mug tasse",
            "commande commander achat acheter achete",
        ]);

    public static readonly FaqLexicon Arabic = new(
        FaqStemmer.Arabic,
        stopWords:
        """
        من في الى إلى على عن مع هل ما ماذا لماذا هذا هذه ذلك تلك هو هي هم انا أنا انت أنت انتم أنتم انتو نحن احنا
        كان كانت يكون لو اذا إذا ان أن إن او أو ثم قد لا لم لن ليس يا لي لك لكم له لها عند عندي عندك عندكم الذي
        التي اللي كل بعض ايش إيش شو وش ايه إيه اش واش شنو كيف كيفاش ازاي إزاي ممكن يمكن يمكنني يمكنكم اريد أريد
        بدي ابغى أبغى ابي أبي عايز عاوز حابب نحب بغيت اقدر أقدر بقدر استطيع أستطيع تقدر تقدروا تقدرو سمحت فضلك
        مرحبا سلام شكرا السلام عليكم اهلا أهلا الحين هلق هلأ دلوقتي توا الان الآن اليوم بكره بكرة بكرا غدا غدًا
        غدوة النهارده لسه لسا بس ولا مش مو ماشي هاد هادا هذي دي ده يعني طيب اوكي تبعي تبعك بتاعي متاعي ديالي
        عشان علشان لان لأن حتى جدا كتير كثير شي شيء كمان برضو ايضا أيضا هناك فيه فيها حد لازم يلزم احتاج أحتاج
        محتاج قبل بعد مني منك ياه إياه معكم معك معي مين لدي لديك لديكم لدينا زال يوجد تم أفعل أعمل
        """,
        elisions: "",
        abbreviations: new(),
        synonyms:
        [
            "دوام مواعيد أوقات ساعات مفتوح مفتوحين فاتح فاتحين تفتح تفتحون تفتحوا يفتح نفتح فتح تغلق تغلقون يغلق"
                + " إغلاق مغلق مسكر مسكرين تسكر تسكرون تسكروا يسكر",
            "وصل وصلني وصلت وصلتني وصول يصل تصل يصلني يصلك يوصل يوصلني",
            "توصيل توصل توصلون توصلوا نوصل شحن يشحن تشحن تشحنون اتشحن انشحن ارسال"
                + " إرسال ترسل ترسلون ترسلوا يرسل أرسل بعت تبعت تبعتوا تبعتون ابعت يبعت",
            "سعر أسعار تكلفة كلفة رسوم مصاريف ثمن بكام بكم",
            "مجاني مجانا مجانية ببلاش بلاش",
            "خارج الخارج دولي دوليا دولية دول بلد بلاد أوروبا المغرب الجزائر تونس بلجيكا سويسرا كندا ألمانيا"
                + " إسبانيا إيطاليا بريطانيا إنجلترا أمريكا لوكسمبورغ مصر لبنان السعودية الإمارات قطر الكويت"
                + " الأردن هولندا البرتغال السنغال",
            "استلام استلم تستلم يستلم أستلم",
            "مدة وقت يستغرق تستغرق ياخذ ياخد بياخد سريع بسرعة تأخير يتأخر تأخر متأخر",
            "خطأ خطا غلط أخطأت غلطت",
            "اختيار اختار اختر اخترت اخترتها يختار تختار",
            "آخر أخرى اخر تاني تانية ثاني ثانية",
            "يبقى تبقى يضل بيضل يظل يستنى ينتظر انتظار",
            "تتبع أتتبع تعقب متابعة تراك",
            "إلغاء ألغي الغوا يلغي تلغي ألغيه كنسل كانسل وقف أوقف وقفوا وقفوه",
            "عنوان عنواني شارع",
            "تغيير غير أغير يغير تعديل عدل أعدل بدل تبديل نقلت انتقلت",
            "إرجاع أرجع أرجعه ترجع رجعت استرجاع استرجع استرداد أسترد أعيد إعادة ترجيع",
            "مال فلوس مصاري أموال أموالي مبلغ",
            "مكسور مكسورة كسر انكسر انكسرت تالف خربان خربانة معطوب مضروب عيب معيب متضرر بايظ",
            "ضمان كفالة",
            "ناقص ناقصة نقص ينقص مفقود",
            "دفع أدفع تدفع يدفع دفعت سداد ائتمان بطاقة بطاقات كارت فيزا ماستركارد كاش نقدا نقدي شيك",
            "فاتورة فواتير إيصال ضريبة",
            "هدية هدايا أهدي إهداء تهدي",
            "تغليف غلاف تغلف تغلفوا",
            "متوفر متوفرة متاح متاحة موجود موجودة مخزون مخزن ستوك نفد نفذ خلص خلصت يتوفر توفر",
            "لعبة ألعاب جيم",
            "كود رمز مفتاح",
            "تفعيل فعل فعّل",
            "تحميل أحمل حمل تنزيل أنزل داونلود",
            "هاتف تلفون تليفون جوال موبايل اتصل اتصال",
            "تواصل أتواصل كلم أكلم احكي أتكلم تكلم التحدث تحدث موظف شخص إنسان بشري",
            "بريد إيميل ايميل اميل",
            "محل متجر دكان مكان موقع يقع",
            "يعمل تعمل يشتغل تشتغل شغال اشتغل",
            "شركة مؤسسة",
            "أين وين فين فينه وينه",
            "متى امتى إمتى ايمتى امتا وقتاش",
            "كم قديش قداش شحال",
            "طرد طرود باكيت كرتونة",
            "كوب أكواب مج ماج فنجان كاس",
            "يوم أيام يومين",
            "طلب طلبي طلبية طلبت أطلب أوردر",
            "شراء اشتري أشتري اشتريت مشتريات شريت",
        ]);

    private readonly Func<string, string> _stem;

    private FaqLexicon(
        Func<string, string> stem,
        string stopWords,
        string elisions,
        Dictionary<string, string> abbreviations,
        string[] synonyms)
    {
        _stem = stem;
        StopWords = Words(stopWords).ToFrozenSet(StringComparer.Ordinal);
        Elisions = Words(elisions).ToFrozenSet(StringComparer.Ordinal);
        Abbreviations = abbreviations.ToFrozenDictionary(
            pair => FaqText.Fold(pair.Key), pair => FaqText.Fold(pair.Value), StringComparer.Ordinal);
        Synonyms = BuildSynonyms(synonyms);
    }

    public FrozenSet<string> StopWords { get; }

    /// <summary>French words whose vowel an apostrophe replaces ("l'", "qu'", "jusqu'").</summary>
    public FrozenSet<string> Elisions { get; }

    /// <summary>Folded SMS spellings and what they stand for (words separated by spaces; empty: nothing).</summary>
    public FrozenDictionary<string, string> Abbreviations { get; }

    /// <summary>Stem → the stem naming its synonym group.</summary>
    public FrozenDictionary<string, string> Synonyms { get; }

    public static bool IsArabic(char c) => c is >= '\u0600' and <= '\u06FF' or >= '\u0750' and <= '\u077F';

    public string Stem(string foldedWord) => _stem(foldedWord);

    private static IEnumerable<string> Words(string list) =>
        list.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries).Select(FaqText.Fold);

    private FrozenDictionary<string, string> BuildSynonyms(string[] groups)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        var groupOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var group in groups)
        {
            var stems = Words(group).Select(Stem).ToList();
            var canonical = stems[0];
            foreach (var stem in stems)
            {
                if (groupOf.TryGetValue(stem, out var other) && other != canonical)
                {
                    throw new InvalidOperationException(
                        $"The stem '{stem}' is in two synonym groups: '{other}' and '{canonical}'.");
                }
                groupOf[stem] = canonical;
                if (stem != canonical)
                {
                    map[stem] = canonical;
                }
            }
        }
        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
