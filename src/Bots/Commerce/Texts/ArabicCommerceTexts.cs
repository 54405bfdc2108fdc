using System.Globalization;
using Conversational.Bots.Commerce.Catalog;
using Conversational.Bots.Commerce.Orders;
using Conversational.Bots.Conversations.Texts;
using Conversational.Wallet;

namespace Conversational.Bots.Commerce.Texts;

/// <summary>
/// The commerce conversations in Modern Standard Arabic: Arabic-Indic digits, Arabic punctuation (، ؛ ؟), the six
/// CLDR plural forms for counts, and the words of <see cref="ArabicTexts"/> (رصيد، متجر، فاتورة هاتفك) and of the
/// order notices (نقطة الاستلام، خزانة الاستلام). The commands named are words the parser reads as Arabic («رجوع»).
/// </summary>
public sealed class ArabicCommerceTexts : CommerceTexts
{
    public static readonly ArabicCommerceTexts Instance = new();

    private const string PhoneBill = "على فاتورة هاتفك";

    private const string FromBalance = "من رصيدك";

    private ArabicCommerceTexts()
        : base(ArabicTexts.Instance)
    {
    }

    public override string PayLabel => "دفع";

    public override string BackLabel => "رجوع";

    public override string ChangeQuantityLabel => "تغيير الكمية";

    public override string ChangeDeliveryLabel => "تغيير طريقة الاستلام";

    public override string NewAddressLabel => "عنوان آخر";

    public override string ContinueLabel => "متابعة";

    public override string AdvisorLabel => "التحدث إلى مستشار";

    public override string DeleteLabel => "حذف بياناتي";

    public override string ModeLabel(DeliveryMode mode) => mode switch
    {
        DeliveryMode.Home => "المنزل",
        DeliveryMode.Work => "العمل",
        DeliveryMode.RelayPoint => "نقطة استلام",
        DeliveryMode.ClickAndCollect => "الاستلام من المتجر",
        _ => "خزانة استلام",
    };

    public override string ModeTo(DeliveryMode mode, string address) => $"{ModeLabel(mode)}: {address}";

    public override string ProductLabel(string name, Money price) => $"{name} · {Money(price)}";

    public override string CodeLine(IReadOnlyList<string> keywords, string product) => $"• الرمز {string.Join(" أو ", keywords)}: {product}";

    public override string WhichProduct => "أي منتج تريد؟";

    public override string NoSuchProduct(string query, string shop) => $"لم أجد «{query}». إليك ما يبيعه {shop}:";

    public override string NothingToBuy => "لا يوجد ما يمكن شراؤه هنا بعد.";

    public override string AskQuantity(string product, Money price, int? left) =>
        $"{product}، بسعر {Money(price)} للقطعة. كم قطعة تريد؟" + (left is { } n && n <= 5 ? $" ({Left(n)}.)" : "");

    public override string QuantityInvalid(int max) => $"أجب من فضلك برقم من {Number(1)} إلى {Number(max)}.";

    public override string QuantityOutOfRange(int max) => $"يجب أن تكون الكمية بين {Number(1)} و{Number(max)}.";

    public override string NotEnoughForOrder(Money available, Money total, bool canReduce) =>
        $"رصيدك لا يكفي: المتاح لديك {Money(available)}، وقيمة الطلب {Money(total)}. "
        + (canReduce ? "اختر كمية أقل، أو أضف مالًا أولًا." : "أضف مالًا أولًا من فضلك.");

    public override string AskDelivery(string product, int quantity) =>
        $"{Number(quantity)} × {product}. كيف تريد أن تستلم طلبك؟";

    public override string AskAddress(DeliveryMode mode, bool hasSaved) => hasSaved
        ? $"للتوصيل إلى {(mode == DeliveryMode.Work ? "مقر عملك" : "منزلك")}، اختر عنوانًا أو اكتب عنوانًا جديدًا."
        : $"اكتب من فضلك عنوان {(mode == DeliveryMode.Work ? "مقر عملك" : "منزلك")}: الشارع والرمز البريدي والمدينة.";

    public override string AddressInvalid => "هذا قصير جدًا ليكون عنوانًا: اكتب من فضلك الشارع والرمز البريدي والمدينة.";

    public override string AskPostcode(DeliveryMode mode) =>
        $"بالقرب من أي رمز بريدي أبحث عن {(mode == DeliveryMode.Locker ? "خزانة استلام" : "نقطة استلام")}؟";

    /// <summary>The example is a postcode, not an amount: its digits are written one by one, never grouped.</summary>
    public override string PostcodeInvalid => $"اكتب من فضلك رمزًا بريديًا من {Number(5)} أرقام، مثل ٧٥٠١١.";

    /// <summary>The postcode in Arabic-Indic digits, one by one like the example above: "٧٥٠١١", never "٧٥٬٠١١".</summary>
    public override string PickupPointsNear(DeliveryMode mode, string postcode) =>
        $"{(mode == DeliveryMode.Locker ? "خزائن الاستلام" : "نقاط الاستلام")} القريبة من {Digits(postcode)}:";

    public override string NoPickupPointNear(DeliveryMode mode, string postcode) =>
        $"لا أعرف أي {(mode == DeliveryMode.Locker ? "خزانة استلام" : "نقطة استلام")} قريبة من {Digits(postcode)}. "
        + "جرّب رمزًا بريديًا آخر، أو ارجع لاختيار طريقة استلام أخرى.";

    public override string Review(string product, int quantity, Money total, string? delivery, PaymentMethod payment) =>
        $"{Number(quantity)} × {product}: {Money(total)}"
        + (delivery is null ? "" : $"، {delivery}")
        + $"، والدفع {(payment == PaymentMethod.PhoneBill ? PhoneBill : FromBalance)}."
        + " هل أُتمّ الدفع؟";

    public override string DescribeDelivery(DeliveryMode mode, string address) => mode switch
    {
        DeliveryMode.Home => $"توصيل إلى منزلك في {address}",
        DeliveryMode.Work => $"توصيل إلى مقر عملك في {address}",
        DeliveryMode.RelayPoint => $"استلام من نقطة الاستلام {address}",
        DeliveryMode.Locker => $"استلام من خزانة الاستلام {address}",
        _ => $"استلام من المتجر، {address}",
    };

    public override string OrderPlaced(string number, string shop, Money total, string delivery) =>
        $"سُجّل طلبك {number}: حُجز مبلغ {Money(total)} في رصيدك، ويُقتطع عندما يقبل {shop} الطلب. "
        + $"طريقة الاستلام: {delivery}. سأوافيك بالمستجدات هنا، وأرسل «تتبع» لمعرفة حالة طلبك.";

    public override string DigitalDelivered(string number, string product, string content, Money total, PaymentMethod payment) =>
        $"شكرًا لك! إليك {product} (الطلب {number}): {content}\n"
        + $"دفعت {Money(total)} {(payment == PaymentMethod.PhoneBill ? PhoneBill : FromBalance)}.";

    /// <summary>The points are the object of ربحت (accusative): "نقطتين", "٢٩ نقطة".</summary>
    public override string PointsEarned(long points, long total, string shop) =>
        $"ربحت {Count(points, Number(0) + " نقطة", "نقطة واحدة", "نقطتين", "نقاط", "نقطة", "نقطة")} "
        + $"في برنامج الولاء لدى {shop} (مجموع نقاطك: {Number(total)}).";

    public override string PaymentChecking(string number) =>
        $"دفعتك للطلب {number} قيد التحقق. اضغط «دفع» مرة أخرى بعد لحظات: لن يُخصم منك المبلغ مرتين أبدًا.";

    public override string CaptureChecking(string number, string product) =>
        $"دفعتك للطلب {number} قيد التحقق. سأرسل إليك {product} هنا فور تأكيدها: لن يُخصم منك المبلغ مرتين أبدًا.";

    public override string PurchaseNotCompleted(string number, string product, Money total) =>
        $"عذرًا، لم يكتمل الطلب {number} ({product}): لم يُقتطع أي شيء من رصيدك، "
        + $"وعاد مبلغ {Money(total)} المحجوز له متاحًا من جديد.";

    /// <summary>The pieces follow سوى (genitive): "قطعتين", "٣ قطع".</summary>
    public override string StockShort(string product, int left) => left > 0
        ? $"عذرًا، لم يبقَ من {product} سوى "
            + Count(left, "", "قطعة واحدة", "قطعتين", "قطع", "قطعة", "قطعة") + "."
        : $"عذرًا، نفدت الكمية من {product}.";

    public override string SoldOut(string product) => $"عذرًا، نفدت الكمية من {product} للتو، لذا لم يُخصم منك شيء.";

    public override string OutOfStock(string product) => $"عذرًا، {product} غير متوفر حاليًا.";

    public override string PriceChanged(string product, Money price) => $"تغيّر سعر {product}: أصبح {Money(price)} للقطعة.";

    public override string PurchaseCancelled => "أُلغي الشراء: لم يُخصم منك شيء.";

    public override string NotUnderstoodStep => "عذرًا، لم أفهم.";

    public override string StepHelp =>
        "أجب بأحد الخيارات أدناه (أو برقمه). أرسل «رجوع» للعودة خطوة إلى الوراء، أو «إلغاء» لإيقاف الشراء.";

    public override string ConfirmKeyword(string product, string keyword, Money price, PaymentMethod payment) =>
        $"هل تريد شراء {product} ({keyword}) بمبلغ {Money(price)} {(payment == PaymentMethod.PhoneBill ? PhoneBill : FromBalance)}؟";

    public override string NoCart => "لا توجد لديك عملية شراء معلّقة. لشراء شيء ما، اكتب مثلًا: شراء MUG";

    public override string Resumed(string product) => $"لنكمل شراء {product}.";

    public override string Reminder(string product, string shop) =>
        $"لا تزال سلتك لدى {shop} تحتوي على {product}. هل نكمل الشراء؟";

    /// <summary>The hours follow the verb as an adverb of time: "٢٤ ساعة".</summary>
    public override string CartExpired(string product) =>
        $"ألغيت شراء {product} لأنه بقي معلّقًا {Count(24, "", "ساعة واحدة", "ساعتين", "ساعات", "ساعة", "ساعة")}. "
        + "لم يُخصم منك شيء.";

    public override string NoOrders => "ليست لديك أي طلبات بعد. لشراء شيء ما، اكتب مثلًا: شراء MUG";

    public override string OrdersHeader(int count) => count == 1 ? "طلبك:" : "آخر طلباتك:";

    public override string OrderLine(Order order, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(order);
        return $"{order.Number} · {Number(order.Quantity)} × {order.ProductName} · {Money(order.Total)} · "
            + $"{StatusName(order.Status)} ({Replies.FormatDate(order.Events[^1].At, now)})";
    }

    public override string UnknownOrder(string number) => $"لا أجد الطلب {number} بين طلباتك. أرسل «تتبع» لعرضها.";

    public override string DigitalContentAgain(string content) => $"مشترياتك: {content}";

    public override string StatusName(OrderStatus status) => status switch
    {
        OrderStatus.Placed => "مُسجَّل، بانتظار المتجر",
        OrderStatus.Accepted => "مقبول",
        OrderStatus.Shipped => "مشحون",
        OrderStatus.ReadyForPickup => "جاهز للاستلام",
        OrderStatus.Delivered => "تمّ تسليمه",
        OrderStatus.Cancelled => "ملغى",
        _ => "تمّ استرداد مبلغه",
    };

    /// <summary>The points are the subject of لديك (nominative): "نقطتان", "٤١ نقطة".</summary>
    public override string Points(IReadOnlyList<(string Shop, long Points)> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        return points.Count == 0
            ? "ليست لديك نقاط ولاء بعد: تمنحك مشترياتك نقاطًا لدى المتاجر التي تقدّمها."
            : string.Join("\n", points.Select(p => string.Create(
                CultureInfo.InvariantCulture,
                $"لديك {Count(p.Points, Number(0) + " نقطة", "نقطة واحدة", "نقطتان", "نقاط", "نقطة", "نقطة")} لدى {p.Shop}.")));
    }

    public override string ReferralCode(string code) =>
        $"رمز الإحالة الخاص بك هو {code}. شاركه: عندما يرسل صديق «#إحالة {code}» قبل أول عملية شراء له، "
        + "يحصل كلٌّ منكما على نقاط ولاء مع هذا الشراء.";

    public override string ReferralRecorded(string referrer) =>
        $"شكرًا! أحالك {referrer}: سيحصل كلٌّ منكما على نقاط ولاء مع أول عملية شراء لك.";

    public override string ReferralUnknown(string code) => $"لا أعرف رمز الإحالة {code}. تحقّق منه من فضلك.";

    public override string ReferralOwnCode => "هذا رمز الإحالة الخاص بك: شاركه مع أصدقائك بدلًا من ذلك.";

    public override string ReferralAlreadySet => "سبق أن أحالك أحدهم؛ الإحالة تُحتسب مرة واحدة فقط.";

    public override string ReferralTooLate => "لا تُحتسب رموز الإحالة إلا قبل أول عملية شراء لك.";

    public override string FaqWhichOne => "هل تقصد أحد هذه الأسئلة؟";

    public override string HandedOff(string shop) =>
        $"سأحيل سؤالك إلى فريق {shop}: سيجيبك أحد أفراده هنا. اكتب «إلغاء» لإنهاء المحادثة معهم.";

    public override string DisputeOpened(string caseId) =>
        $"فتحت الملف {caseId} بشأن كشف حسابك: سيجيبك مستشار هنا. أخبرني بما يبدو لك خاطئًا (التاريخ، المبلغ).";

    public override string ForwardedToAdvisor => "أُحيلت رسالتك إلى المستشار.";

    public override string AdvisorCaseClosed =>
        "أُغلقت المحادثة مع المستشار، وعدت إليّ. أرسل «مساعدة» لمعرفة ما يمكنني فعله.";

    public override string NoShopForQuestion => "عذرًا، لم أفهم. أرسل «مساعدة» لمعرفة ما يمكنني فعله.";

    public override string DataExportHeader => "إليك كل ما نحتفظ به عنك:";

    public override string ConfirmDeletion =>
        "هل تريد حذف بياناتك الشخصية؟ سيُمحى اسمك ومعرّفك ورقم هاتفك وعناوينك المحفوظة ومحادثتك، "
        + "وتُزال العناوين من طلباتك. تبقى حركاتك المالية في السجل كما يقتضي القانون، ولكن دون اسمك. "
        + "لا يمكن التراجع عن ذلك.";

    public override string DataDeleted => "تم: حُذفت بياناتك الشخصية. وداعًا، وشكرًا لك.";

    public override string DeletionCancelled => "حسنًا، لم يُحذف أي شيء.";

    public override string DeletionNeedsEmptyBalance(Money balance) =>
        $"رصيدك {Money(balance)}. أرسله إلى شخص ما أو اطلب منا صرفه لك قبل حذف بياناتك.";

    /// <summary>ASCII digits written as Arabic-Indic ones, one by one (a postcode is a code, not an amount).</summary>
    private static string Digits(string text) =>
        string.Concat(text.Select(c => char.IsAsciiDigit(c) ? (char)('\u0660' + (c - '0')) : c));

    /// <summary>What is left, as a short sentence: "بقيت قطعتان فقط", "بقيت ٣ قطع فقط", "نفدت الكمية".</summary>
    private static string Left(int n) => n > 0
        ? "بقيت " + Count(n, "", "قطعة واحدة", "قطعتان", "قطع", "قطعة", "قطعة") + " فقط"
        : "نفدت الكمية";

    /// <summary>A count in the form its CLDR category takes, as <see cref="ArabicTexts"/> writes them (see there).</summary>
    private static string Count(long n, string zero, string one, string two, string few, string many, string other) =>
        ArabicTexts.Instance.Count(n, zero, one, two, few, many, other);
}
