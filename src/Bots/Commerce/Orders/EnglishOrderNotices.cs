using Conversational.Bots.Commerce.Catalog;
using Conversational.Bots.Conversations.Texts;
using Conversational.Wallet;

namespace Conversational.Bots.Commerce.Orders;

/// <summary>Order, referral and advisor notices in English.</summary>
public sealed class EnglishOrderNotices : OrderNoticeTexts
{
    public static readonly EnglishOrderNotices Instance = new();

    private EnglishOrderNotices()
    {
    }

    protected override ReplyTexts Replies => EnglishTexts.Instance;

    public override string Accepted(string shop, string number, string product, int quantity, Money total, long points) =>
        $"{shop} accepted your order {number}: {Number(quantity)} × {product}, {Money(total)}. Thank you!"
        + (points > 0 ? $" You earned {Points(points)}." : "");

    public override string Shipped(string shop, string number, Delivery? delivery) =>
        delivery is null
            ? $"Your order {number} from {shop} is on its way."
            : $"Your order {number} from {shop} is on its way: {DestinationOf(delivery)}.";

    public override string ReadyForPickup(string shop, string number, string where) =>
        $"Your order {number} from {shop} is ready for pickup at {where}.";

    public override string Delivered(string shop, string number) =>
        $"Your order {number} from {shop} has been delivered. Enjoy!";

    public override string CancelledReleased(string shop, string number, Money total) =>
        $"{shop} cancelled your order {number}. The {Money(total)} set aside for it is available again in your balance.";

    public override string CancelledRefunded(string shop, string number, Money total, PaymentMethod payment) =>
        $"{shop} cancelled your order {number} and refunded {Money(total)} {To(payment)}.";

    public override string Refunded(string shop, string number, Money total, PaymentMethod payment) =>
        $"{shop} refunded your order {number}: {Money(total)} goes back {To(payment)}.";

    public override string ShopNote(string shop, string note) => $"Message from {shop}: “{note}”";

    public override string ReferralReward(string shop, string referred, long points, long balance) =>
        $"Thanks for recommending {shop}! {referred} just made a first purchase there, so you both get {Points(points)}. "
        + $"Your points at {shop}: {Number(balance)}.";

    public override string AdvisorReply(string advisor, string desk, string text) => $"{advisor} ({desk}): {text}";

    public override string OperatorDesk => "Support";

    public override string AdvisorClosed(string? shop) =>
        (shop is null ? "Our support team" : $"The advisor of {shop}")
        + " closed this conversation. If you need anything else, just write to me.";

    protected override string Destination(DeliveryMode mode, string address) => mode switch
    {
        DeliveryMode.Work => $"delivery to your workplace, {address}",
        DeliveryMode.RelayPoint => $"to the relay point {address}",
        DeliveryMode.Locker => $"to the locker {address}",
        DeliveryMode.ClickAndCollect => $"to the shop's counter, {address}",
        _ => $"delivery to {address}",
    };

    private static string To(PaymentMethod payment) =>
        payment == PaymentMethod.PhoneBill ? "to your phone bill" : "to your balance";

    private string Points(long n) => Number(n) + (PluralRules.English(n) == PluralCategory.One ? " loyalty point" : " loyalty points");
}
