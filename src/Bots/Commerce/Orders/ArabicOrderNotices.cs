using Conversational.Bots.Commerce.Catalog;
using Conversational.Bots.Conversations.Texts;
using Conversational.Wallet;

namespace Conversational.Bots.Commerce.Orders;

/// <summary>Order, referral and advisor notices in Modern Standard Arabic: Arabic-Indic digits, Arabic punctuation.</summary>
public sealed class ArabicOrderNotices : OrderNoticeTexts
{
    public static readonly ArabicOrderNotices Instance = new();

    private ArabicOrderNotices()
    {
    }

    protected override ReplyTexts Replies => ArabicTexts.Instance;

    public override string Accepted(string shop, string number, string product, int quantity, Money total, long points) =>
        $"قبِل {shop} طلبك {number}: {Number(quantity)} × {product}، بمبلغ {Money(total)}. شكرًا لك!"
        + (points > 0 ? $" ربحت {Points(points)} في برنامج الولاء." : "");

    public override string Shipped(string shop, string number, Delivery? delivery) =>
        delivery is null
            ? $"طلبك {number} من {shop} في الطريق إليك."
            : $"طلبك {number} من {shop} في الطريق إليك: {DestinationOf(delivery)}.";

    public override string ReadyForPickup(string shop, string number, string where) =>
        $"طلبك {number} من {shop} جاهز للاستلام في {where}.";

    public override string Delivered(string shop, string number) =>
        $"تمّ تسليم طلبك {number} من {shop}. نتمنى أن ينال إعجابك!";

    public override string CancelledReleased(string shop, string number, Money total) =>
        $"ألغى {shop} طلبك {number}. أصبح مبلغ {Money(total)} الذي حُجز له متاحًا من جديد في رصيدك.";

    public override string CancelledRefunded(string shop, string number, Money total, PaymentMethod payment) =>
        $"ألغى {shop} طلبك {number} وأعاد مبلغ {Money(total)} {To(payment)}.";

    public override string Refunded(string shop, string number, Money total, PaymentMethod payment) =>
        $"أعاد {shop} مبلغ {Money(total)} عن طلبك {number} {To(payment)}.";

    public override string ShopNote(string shop, string note) => $"رسالة من {shop}: «{note}»";

    public override string ReferralReward(string shop, string referred, long points, long balance) =>
        $"شكرًا لتوصيتك بـ{shop}! أجرى {referred} أول عملية شراء فيه، فربح كلٌّ منكما {Points(points)}. "
        + $"نقاطك لدى {shop}: {Number(balance)}.";

    public override string AdvisorReply(string advisor, string desk, string text) => $"{advisor} ({desk}): {text}";

    public override string OperatorDesk => "فريق الدعم";

    public override string AdvisorClosed(string? shop) =>
        (shop is null ? "أغلق فريق الدعم هذه المحادثة." : $"أغلق مستشار {shop} هذه المحادثة.")
        + " إن احتجت إلى أي شيء آخر، فاكتب لي.";

    protected override string Destination(DeliveryMode mode, string address) => mode switch
    {
        DeliveryMode.Work => $"التوصيل إلى مقر عملك، {address}",
        DeliveryMode.RelayPoint => $"إلى نقطة الاستلام {address}",
        DeliveryMode.Locker => $"إلى خزانة الاستلام {address}",
        DeliveryMode.ClickAndCollect => $"إلى مكتب المتجر، {address}",
        _ => $"التوصيل إلى {address}",
    };

    private static string To(PaymentMethod payment) =>
        payment == PaymentMethod.PhoneBill ? "إلى فاتورة هاتفك" : "إلى رصيدك";

    /// <summary>
    /// Points as an object (accusative): "نقطة واحدة", "نقطتين", "٣ نقاط", "٢٤ نقطة", "١٠٠ نقطة"; unvocalized, as the
    /// commerce texts write the same "ربحت ٢٤ نقطة" right after a purchase.
    /// </summary>
    private string Points(long n) => PluralRules.Arabic(n) switch
    {
        PluralCategory.Zero => "لا نقاط",
        PluralCategory.One => "نقطة واحدة",
        PluralCategory.Two => "نقطتين",
        PluralCategory.Few => Number(n) + " نقاط",
        _ => Number(n) + " نقطة",
    };
}
