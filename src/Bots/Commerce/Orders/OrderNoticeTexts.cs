using Conversational.Bots.Commerce.Catalog;
using Conversational.Bots.Conversations;
using Conversational.Bots.Conversations.Texts;
using Conversational.Commands;
using Conversational.Wallet;

namespace Conversational.Bots.Commerce.Orders;

/// <summary>
/// What the service tells a buyer on its own about an order (each status change), a referrer about a reward, and a
/// person about their advisor case, in one language. Amounts and counts are written by the conversations' own
/// <see cref="ReplyTexts"/> (so "€24.00", "24,00 €", "٢٤٫٠٠ €" read as in every other reply).
/// </summary>
public abstract class OrderNoticeTexts
{
    public static OrderNoticeTexts For(string? language) => LanguageTags.Parse(language) switch
    {
        Language.French => FrenchOrderNotices.Instance,
        Language.Arabic => ArabicOrderNotices.Instance,
        _ => EnglishOrderNotices.Instance,
    };

    /// <summary>The conversation texts of the same language, for amounts and counts.</summary>
    protected abstract ReplyTexts Replies { get; }

    protected string Money(Money money) => Replies.Money(money);

    protected string Number(long n) => Replies.Number(n);

    /// <summary>"Demo Shop accepted your order DS-4F7K2Q: 2 × Blue mug, €24.00." (+ the loyalty points earned).</summary>
    public abstract string Accepted(string shop, string number, string product, int quantity, Money total, long points);

    /// <summary>"Your order DS-4F7K2Q from Demo Shop is on its way: delivery to 12 rue de la Paix."</summary>
    public abstract string Shipped(string shop, string number, Delivery? delivery);

    /// <summary>"Your order DS-4F7K2Q from Demo Shop is ready for pickup at Tabac de la Gare, 1 place de la Gare."</summary>
    public abstract string ReadyForPickup(string shop, string number, string where);

    public abstract string Delivered(string shop, string number);

    /// <summary>Cancelled before the money was taken: the amount set aside is free again.</summary>
    public abstract string CancelledReleased(string shop, string number, Money total);

    /// <summary>Cancelled after the money was taken: it is given back (to the balance, or to the phone bill).</summary>
    public abstract string CancelledRefunded(string shop, string number, Money total, PaymentMethod payment);

    public abstract string Refunded(string shop, string number, Money total, PaymentMethod payment);

    /// <summary>The merchant's note on a status change, added after the notice.</summary>
    public abstract string ShopNote(string shop, string note);

    /// <summary>The referrer is told: "Bob made a first purchase at Demo Shop: you both get 500 points."</summary>
    public abstract string ReferralReward(string shop, string referred, long points, long balance);

    /// <summary>An advisor's reply, so the person knows a human wrote: "Marie (Demo Shop): …".</summary>
    public abstract string AdvisorReply(string advisor, string desk, string text);

    /// <summary>The name of the operator's desk (disputes), where a shop's name would be.</summary>
    public abstract string OperatorDesk { get; }

    /// <summary>The person is told their case was closed; <paramref name="shop"/> is null for the operator's desk.</summary>
    public abstract string AdvisorClosed(string? shop);

    /// <summary>Where a parcel goes, as a phrase: "delivery to 12 rue de la Paix", "to the locker Gare Nord, …".</summary>
    protected abstract string Destination(DeliveryMode mode, string address);

    /// <summary>The destination of a shipped order, or nothing when the order has none.</summary>
    protected string DestinationOf(Delivery? delivery) =>
        delivery is null ? "" : Destination(delivery.Mode, delivery.Address);
}
