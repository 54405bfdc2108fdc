namespace Conversational.Bots.Commerce.Faq;

/// <summary>
/// The FAQ of the demo merchant Demo Shop (@demoshop), which sells the digital game GAME42 and a mug delivered at
/// home or to a relay point in mainland France: 16 topics, each in English, French and Arabic under the same id.
/// </summary>
public static class DemoFaq
{
    public static IReadOnlyList<FaqEntry> Entries { get; } = [.. English(), .. French(), .. Arabic()];

    private static FaqEntry[] English() =>
    [
        new("hours", "en",
            ["What are your opening hours?", "When are you open?", "Are you open on Sunday?", "What time do you close?",
                "Is the shop open today?"],
            "We're open Monday to Saturday, 9:00 to 19:00 (Paris time), closed on Sundays and public holidays. "
                + "This chat takes orders at any time."),
        new("delivery-time", "en",
            ["How long does delivery take?", "When will I receive my order?",
                "How many days to deliver to a relay point?", "How fast do you ship?"],
            "Orders placed before 14:00 on a working day leave the same day. Home delivery takes 2 to 4 working "
                + "days, relay point delivery 3 to 5. The game GAME42 is sent at once in this chat."),
        new("shipping-cost", "en",
            ["How much is shipping?", "What are the delivery fees?", "Is delivery free?",
                "How much does it cost to send to a relay point?"],
            "Home delivery costs €4.90 and relay point delivery €2.90; both are free from €40 of purchases. "
                + "The digital game has no shipping cost."),
        new("abroad", "en",
            ["Do you ship abroad?", "Do you deliver to other countries?", "Do you deliver outside France?",
                "Do you ship internationally?"],
            "For now we deliver in mainland France only, at home or to a relay point. The digital game GAME42 "
                + "can be bought from anywhere."),
        new("relay-point", "en",
            ["How do I choose a relay point?", "Can I pick up my parcel at a relay point?",
                "How long does the relay point keep my parcel?", "What do I need to collect my parcel?"],
            "Choose relay point delivery when you order: we offer the points near your postcode. Your parcel "
                + "waits there 14 days; bring an ID and the pickup code we send you here."),
        new("tracking", "en",
            ["Where is my order?", "How can I track my parcel?", "Has my order been shipped?",
                "I'd like a tracking number."],
            "As soon as your parcel ships we send you its tracking link here. If you haven't received it, send us "
                + "your order number and we'll check."),
        new("cancel", "en",
            ["How do I cancel my order?", "Can I cancel an order?", "I ordered by mistake, can I cancel?",
                "I want to cancel my purchase."],
            "You can cancel until your parcel ships: send \"advisor\" and tell our team your order number (#orders "
                + "lists them). You're refunded at once, on your balance or your phone bill. A game code already sent "
                + "can't be cancelled."),
        new("change-address", "en",
            ["How do I change my delivery address?", "I gave the wrong address.",
                "Can I change the relay point after ordering?", "Can you deliver to another address?"],
            "Until your parcel ships, send us the new address or relay point with your order number and we'll "
                + "update it. Once shipped, use the carrier's tracking link to redirect it."),
        new("returns", "en",
            ["How do I return an item?", "What is your return policy?", "Can I get a refund?",
                "How long do I have to send back a product?", "When will I get my money back?"],
            "You have 30 days after delivery to return an item, free of charge from any relay point: send "
                + "\"return\" with your order number to get the label. We refund you within 5 working days of "
                + "receiving it. A game code once revealed can't be returned."),
        new("damaged", "en",
            ["My mug arrived broken.", "The item is damaged, what should I do?", "Is there a warranty?",
                "My order is incomplete.", "The product doesn't work."],
            "Sorry about that! Send us a photo with your order number within 7 days and we'll send a new one or "
                + "refund you, at no cost. All our products have the 2-year legal warranty."),
        new("payment", "en",
            ["What payment methods do you accept?", "How can I pay?", "Do you take credit cards?",
                "Can I pay cash on delivery?", "Can I pay with my mobile plan?"],
            "You pay from your wallet balance in this chat, or on your phone bill by sending the product's keyword "
                + "(GAME42 for the game) to our short code. We don't take cash on delivery."),
        new("invoice", "en",
            ["Can I get an invoice?", "Where is my receipt?", "I need an invoice for my company.",
                "How do I download my invoice?"],
            "The invoice is sent here right after payment. For a copy or an invoice in your company's name, send "
                + "us your order number and the company's details."),
        new("gift-wrap", "en",
            ["Do you offer gift wrapping?", "Can I send it as a gift?", "Can I add a message to a gift?",
                "Can I give the game to someone?"],
            "Yes: gift wrapping with a message card costs €2 for the mug, and no price shows in the parcel. "
                + "The game can be sent as a gift code to a friend's phone number."),
        new("stock", "en",
            ["Is the mug in stock?", "Is this item available?", "When will it be back in stock?",
                "Do you still have the mug?"],
            "The stock left is shown with each product. When the mug is sold out it's usually back within 2 "
                + "weeks: send \"notify me\" and we'll message you. The game is always available."),
        new("game-code", "en",
            ["How do I get my game after buying it?", "I didn't receive my game code.", "How do I activate GAME42?",
                "Which platforms does the game run on?", "Where do I download the game?"],
            "Your GAME42 code and download link arrive in this chat right after payment. Enter the code in the "
                + "launcher to activate it (Windows, macOS and Linux). Lost it? Ask here and we'll send it again."),
        new("contact", "en",
            ["How can I contact you?", "Where is your shop?", "What is your phone number?",
                "Can I talk to a human?", "What is your address?"],
            "Demo Shop, 12 rue des Lilas, 75011 Paris. Phone 01 84 60 00 42 (Mon-Sat 9:00-19:00), email "
                + "contact@demoshop.fr, or just write here and a person will answer."),
    ];

    private static FaqEntry[] French() =>
    [
        new("hours", "fr",
            ["Quels sont vos horaires d’ouverture ?", "Vous êtes ouverts quand ?", "Êtes-vous ouverts le dimanche ?",
                "À quelle heure fermez-vous ?", "La boutique est-elle ouverte aujourd’hui ?"],
            "Nous sommes ouverts du lundi au samedi, de 9 h à 19 h (heure de Paris), fermés le dimanche et les "
                + "jours fériés. Ce chat prend vos commandes à toute heure."),
        new("delivery-time", "fr",
            ["Quels sont les délais de livraison ?", "Quand vais-je recevoir ma commande ?",
                "Combien de jours pour une livraison en point relais ?", "Vous expédiez en combien de temps ?"],
            "Les commandes passées avant 14 h un jour ouvré partent le jour même. Comptez 2 à 4 jours ouvrés à "
                + "domicile, 3 à 5 en point relais. Le jeu JEU42 est envoyé aussitôt dans ce chat."),
        new("shipping-cost", "fr",
            ["Combien coûte la livraison ?", "Quels sont les frais de port ?", "La livraison est-elle gratuite ?",
                "Combien coûte l’envoi en point relais ?"],
            "La livraison à domicile coûte 4,90 € et en point relais 2,90 € ; elle est offerte dès 40 € d’achat. "
                + "Le jeu numérique n’a pas de frais d’envoi."),
        new("abroad", "fr",
            ["Livrez-vous à l’étranger ?", "Livrez-vous dans d’autres pays ?", "Livrez-vous hors de France ?",
                "Expédiez-vous à l’international ?"],
            "Pour l’instant, nous livrons uniquement en France métropolitaine, à domicile ou en point relais. "
                + "Le jeu numérique JEU42 peut être acheté de partout."),
        new("relay-point", "fr",
            ["Comment choisir un point relais ?", "Puis-je retirer mon colis en point relais ?",
                "Combien de temps mon colis reste-t-il au point relais ?", "Que faut-il pour retirer mon colis ?"],
            "Choisissez la livraison en point relais en commandant : nous vous proposons les points proches de "
                + "votre code postal. Le colis vous y attend 14 jours ; munissez-vous d’une pièce d’identité et "
                + "du code de retrait envoyé ici."),
        new("tracking", "fr",
            ["Où est ma commande ?", "Comment suivre mon colis ?", "Ma commande a-t-elle été expédiée ?",
                "Je voudrais un numéro de suivi."],
            "Dès que votre colis part, nous vous envoyons ici son lien de suivi. Si vous ne l’avez pas reçu, "
                + "donnez-nous votre numéro de commande et nous vérifions."),
        new("cancel", "fr",
            ["Comment annuler ma commande ?", "Puis-je annuler une commande ?",
                "J’ai commandé par erreur, je peux annuler ?", "Je souhaite annuler mon achat."],
            "Vous pouvez annuler tant que le colis n’est pas parti : écrivez « conseiller » et donnez le numéro de "
                + "commande à notre équipe (#suivi les liste). Le remboursement est immédiat, sur votre solde ou votre "
                + "facture téléphonique. Un code de jeu déjà envoyé ne peut pas être annulé."),
        new("change-address", "fr",
            ["Comment modifier mon adresse de livraison ?", "Je me suis trompé d’adresse.",
                "Puis-je changer de point relais après la commande ?", "Pouvez-vous livrer à une autre adresse ?"],
            "Tant que le colis n’est pas parti, envoyez-nous la nouvelle adresse ou le nouveau point relais avec "
                + "le numéro de commande. Une fois expédié, utilisez le lien de suivi du transporteur pour le "
                + "rediriger."),
        new("returns", "fr",
            ["Comment retourner un article ?", "Quelle est votre politique de retour ?", "Puis-je être remboursé ?",
                "Combien de temps ai-je pour renvoyer un produit ?", "Quand serai-je remboursé ?"],
            "Vous avez 30 jours après la livraison pour retourner un article, gratuitement depuis n’importe quel "
                + "point relais : écrivez « retour » avec le numéro de commande pour recevoir l’étiquette. Le "
                + "remboursement arrive sous 5 jours ouvrés après réception. Un code de jeu révélé ne peut pas "
                + "être retourné."),
        new("damaged", "fr",
            ["Mon mug est arrivé cassé.", "L’article est endommagé, que faire ?", "Y a-t-il une garantie ?",
                "Ma commande est incomplète.", "Le produit ne fonctionne pas."],
            "Désolés ! Envoyez-nous une photo avec le numéro de commande sous 7 jours : nous vous renvoyons un "
                + "article neuf ou vous remboursons, sans frais. Tous nos produits ont la garantie légale de 2 ans."),
        new("payment", "fr",
            ["Quels moyens de paiement acceptez-vous ?", "Comment puis-je payer ?",
                "Acceptez-vous la carte bancaire ?", "Peut-on payer à la livraison ?",
                "Puis-je régler avec mon forfait mobile ?"],
            "Vous payez avec le solde de votre portefeuille dans ce chat, ou sur votre "
                + "facture de téléphone en envoyant le mot-clé du produit (JEU42 pour le jeu) à notre numéro "
                + "court. Nous ne prenons pas de paiement à la livraison."),
        new("invoice", "fr",
            ["Puis-je avoir une facture ?", "Où est mon reçu ?", "J’ai besoin d’une facture pour mon entreprise.",
                "Comment télécharger ma facture ?"],
            "La facture vous est envoyée ici juste après le paiement. Pour un duplicata ou une facture au nom de "
                + "votre société, envoyez-nous le numéro de commande et les coordonnées de la société."),
        new("gift-wrap", "fr",
            ["Faites-vous des emballages cadeaux ?", "Puis-je l’envoyer comme cadeau ?",
                "Puis-je ajouter un message au cadeau ?", "Puis-je offrir le jeu à quelqu’un ?"],
            "Oui : l’emballage cadeau avec une carte message coûte 2 € pour le mug, et aucun prix n’apparaît dans "
                + "le colis. Le jeu peut être offert par un code cadeau envoyé au numéro de téléphone d’un proche."),
        new("stock", "fr",
            ["Le mug est-il en stock ?", "Cet article est-il disponible ?", "Quand sera-t-il de nouveau en stock ?",
                "Vous avez encore le mug ?"],
            "Le stock restant est affiché avec chaque produit. Quand le mug est épuisé, il revient en général sous "
                + "2 semaines : écrivez « prévenez-moi » et nous vous enverrons un message. Le jeu est toujours "
                + "disponible."),
        new("game-code", "fr",
            ["Comment recevoir mon jeu après l’achat ?", "Je n’ai pas reçu mon code de jeu.",
                "Comment activer GAME42 ?", "Sur quelles plateformes fonctionne le jeu ?", "Où télécharger le jeu ?"],
            "Votre code de jeu et le lien de téléchargement arrivent dans ce chat juste après le paiement. "
                + "Saisissez le code dans le lanceur pour l’activer (Windows, macOS et Linux). Perdu ? "
                + "Demandez-le ici, nous le renvoyons."),
        new("contact", "fr",
            ["Comment vous contacter ?", "Où se trouve votre boutique ?", "Quel est votre numéro de téléphone ?",
                "Puis-je parler à un conseiller ?", "Quelle est votre adresse ?"],
            "Demo Shop, 12 rue des Lilas, 75011 Paris. Téléphone : 01 84 60 00 42 (du lundi au samedi, 9 h-19 h), "
                + "e-mail : contact@demoshop.fr, ou écrivez ici : une personne vous répondra."),
    ];

    private static FaqEntry[] Arabic() =>
    [
        new("hours", "ar",
            ["ما هي مواعيد العمل؟", "متى تفتحون؟", "هل أنتم مفتوحون يوم الأحد؟", "متى تغلقون؟",
                "هل المحل مفتوح اليوم؟"],
            "نفتح من الاثنين إلى السبت، من الساعة ٩:٠٠ إلى ١٩:٠٠ بتوقيت باريس، ونغلق يوم الأحد والعطل الرسمية. "
                + "يمكنك الطلب عبر هذه المحادثة في أي وقت."),
        new("delivery-time", "ar",
            ["كم تستغرق مدة التوصيل؟", "متى سأستلم طلبي؟", "كم يومًا يستغرق التوصيل إلى نقطة الاستلام؟",
                "متى يصل الطرد؟"],
            "الطلبات التي تتم قبل الساعة ١٤:٠٠ في يوم عمل تُشحن في اليوم نفسه. يستغرق التوصيل إلى المنزل من ٢ "
                + "إلى ٤ أيام عمل، وإلى نقطة الاستلام من ٣ إلى ٥ أيام. أما لعبة GAME42 فتصلك فورًا في هذه المحادثة."),
        new("shipping-cost", "ar",
            ["كم تكلفة الشحن؟", "ما هي رسوم التوصيل؟", "هل التوصيل مجاني؟", "كم سعر الإرسال إلى نقطة الاستلام؟"],
            "التوصيل إلى المنزل بـ ٤٫٩٠ € وإلى نقطة الاستلام بـ ٢٫٩٠ €، ويصبح مجانيًا ابتداءً من ٤٠ € من "
                + "المشتريات. اللعبة الرقمية بلا تكلفة شحن."),
        new("abroad", "ar",
            ["هل توصلون إلى خارج فرنسا؟", "هل تشحنون دوليًا؟", "هل يمكنكم التوصيل إلى بلد آخر؟",
                "هل ترسلون الطلبات إلى الخارج؟"],
            "حاليًا نوصل داخل فرنسا القارية فقط، إلى المنزل أو إلى نقطة استلام. أما لعبة GAME42 الرقمية فيمكن "
                + "شراؤها من أي مكان."),
        new("relay-point", "ar",
            ["كيف أختار نقطة الاستلام؟", "هل يمكنني استلام الطرد من نقطة استلام؟",
                "كم يومًا يبقى الطرد في نقطة الاستلام؟", "ماذا أحتاج لاستلام الطرد؟"],
            "اختر التوصيل إلى نقطة استلام عند الطلب، وسنعرض عليك النقاط القريبة من رمزك البريدي. يبقى الطرد هناك "
                + "١٤ يومًا؛ أحضر بطاقة هويتك ورمز الاستلام الذي نرسله إليك هنا."),
        new("tracking", "ar",
            ["أين طلبي؟", "كيف أتتبع طردي؟", "هل تم شحن طلبي؟", "أريد رقم التتبع."],
            "بمجرد شحن طردك نرسل لك رابط التتبع هنا. إذا لم يصلك، أرسل لنا رقم الطلب وسنتحقق منه."),
        new("cancel", "ar",
            ["كيف ألغي طلبي؟", "هل يمكنني إلغاء الطلب؟", "طلبت بالخطأ، هل أستطيع الإلغاء؟",
                "أريد إلغاء عملية الشراء."],
            "يمكنك الإلغاء ما دام الطرد لم يُشحن: اكتب «مستشار» وأعطِ فريقنا رقم الطلب. يُرد المبلغ فورًا إلى رصيدك أو "
                + "فاتورة هاتفك. لا يمكن إلغاء رمز لعبة تم إرساله."),
        new("change-address", "ar",
            ["كيف أغير عنوان التوصيل؟", "أخطأت في العنوان.", "هل يمكنني تغيير نقطة الاستلام بعد الطلب؟",
                "هل يمكن التوصيل إلى عنوان آخر؟"],
            "قبل شحن الطرد، أرسل لنا العنوان الجديد أو نقطة الاستلام الجديدة مع رقم الطلب وسنعدّله. بعد الشحن، "
                + "استخدم رابط تتبع شركة النقل لتحويله."),
        new("returns", "ar",
            ["كيف أرجع منتجًا؟", "ما هي سياسة الإرجاع؟", "هل يمكنني استرداد المبلغ؟", "كم لدي من الوقت لإعادة المنتج؟",
                "متى سأسترد أموالي؟"],
            "لديك ٣٠ يومًا بعد الاستلام لإرجاع المنتج مجانًا من أي نقطة استلام: اكتب «إرجاع» مع رقم الطلب "
                + "لتصلك بطاقة الشحن. نرد المبلغ خلال ٥ أيام عمل من استلامنا له. لا يمكن إرجاع رمز لعبة تم كشفه."),
        new("damaged", "ar",
            ["وصلني الكوب مكسورًا.", "المنتج تالف، ماذا أفعل؟", "هل يوجد ضمان؟", "طلبي ناقص.", "المنتج لا يعمل."],
            "نعتذر عن ذلك! أرسل لنا صورة مع رقم الطلب خلال ٧ أيام، وسنرسل لك منتجًا جديدًا أو نرد لك المبلغ دون "
                + "أي تكلفة. جميع منتجاتنا مشمولة بالضمان القانوني لمدة سنتين."),
        new("payment", "ar",
            ["ما هي طرق الدفع المتاحة؟", "كيف يمكنني الدفع؟", "هل تقبلون بطاقات الائتمان؟",
                "هل يمكن الدفع عند الاستلام؟", "هل يمكنني الدفع من رصيد هاتفي؟"],
            "تدفع من رصيد محفظتك في هذه المحادثة، أو على فاتورة هاتفك بإرسال رمز المنتج "
                + "(GAME42 للعبة) إلى رقمنا المختصر. لا نقبل الدفع نقدًا عند الاستلام."),
        new("invoice", "ar",
            ["هل يمكنني الحصول على فاتورة؟", "أين إيصال الشراء؟", "أحتاج فاتورة باسم شركتي.", "كيف أحمّل فاتورتي؟"],
            "تصلك الفاتورة هنا بعد الدفع مباشرة. للحصول على نسخة أو فاتورة باسم شركتك، أرسل لنا رقم الطلب "
                + "وبيانات الشركة."),
        new("gift-wrap", "ar",
            ["هل تقدمون تغليف الهدايا؟", "هل يمكنني إرساله كهدية؟", "هل يمكن إضافة رسالة مع الهدية؟",
                "هل يمكنني إهداء اللعبة لشخص آخر؟"],
            "نعم: تغليف الهدية مع بطاقة رسالة بـ ٢ € للكوب، ولا يظهر السعر داخل الطرد. ويمكن إهداء اللعبة برمز "
                + "هدية يُرسل إلى رقم هاتف الشخص."),
        new("stock", "ar",
            ["هل الكوب متوفر؟", "هل هذا المنتج متاح؟", "متى سيتوفر من جديد؟", "هل ما زال لديكم الكوب؟"],
            "الكمية المتبقية تظهر مع كل منتج. عندما ينفد الكوب يعود عادةً خلال أسبوعين: اكتب «نبهني» وسنراسلك. "
                + "اللعبة متوفرة دائمًا."),
        new("game-code", "ar",
            ["كيف أحصل على اللعبة بعد الشراء؟", "لم يصلني رمز اللعبة.", "كيف أفعّل GAME42؟",
                "على أي أنظمة تعمل اللعبة؟", "من أين أحمّل اللعبة؟"],
            "يصلك رمز GAME42 ورابط التحميل في هذه المحادثة بعد الدفع مباشرة. أدخل الرمز في المشغّل لتفعيلها "
                + "(ويندوز وماك ولينكس). أضعته؟ اطلبه هنا ونرسله من جديد."),
        new("contact", "ar",
            ["كيف أتواصل معكم؟", "أين يقع محلكم؟", "ما هو رقم هاتفكم؟", "هل يمكنني التحدث مع موظف؟",
                "ما هو عنوانكم؟"],
            "Demo Shop، 12 rue des Lilas، ‏75011 باريس. الهاتف: ٠١ ٨٤ ٦٠ ٠٠ ٤٢ (من الاثنين إلى السبت، "
                + "٩:٠٠–١٩:٠٠)، البريد: contact@demoshop.fr، أو اكتب هنا وسيرد عليك موظف."),
    ];
}
