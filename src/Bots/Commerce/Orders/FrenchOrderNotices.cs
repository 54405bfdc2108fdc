using Conversational.Bots.Commerce.Catalog;
using Conversational.Bots.Conversations.Texts;
using Conversational.Wallet;

namespace Conversational.Bots.Commerce.Orders;

/// <summary>Order, referral and advisor notices in French: "vous", a no-break space before : ; ? ! and « ».</summary>
public sealed class FrenchOrderNotices : OrderNoticeTexts
{
    public static readonly FrenchOrderNotices Instance = new();

    private FrenchOrderNotices()
    {
    }

    protected override ReplyTexts Replies => FrenchTexts.Instance;

    public override string Accepted(string shop, string number, string product, int quantity, Money total, long points) =>
        $"{shop} a accepté votre commande {number}\u00A0: {Number(quantity)} × {product}, {Money(total)}. Merci\u00A0!"
        + (points > 0 ? $" Vous gagnez {Points(points)}." : "");

    public override string Shipped(string shop, string number, Delivery? delivery) =>
        delivery is null
            ? $"Votre commande {number} chez {shop} est en route."
            : $"Votre commande {number} chez {shop} est en route\u00A0: {DestinationOf(delivery)}.";

    public override string ReadyForPickup(string shop, string number, string where) =>
        $"Votre commande {number} chez {shop} vous attend\u00A0: {where}.";

    public override string Delivered(string shop, string number) =>
        $"Votre commande {number} chez {shop} a été livrée. Bonne journée\u00A0!";

    public override string CancelledReleased(string shop, string number, Money total) =>
        $"{shop} a annulé votre commande {number}. La somme de {Money(total)} mise de côté pour elle est de nouveau disponible sur votre solde.";

    public override string CancelledRefunded(string shop, string number, Money total, PaymentMethod payment) =>
        $"{shop} a annulé votre commande {number} et vous a remboursé {Money(total)} {To(payment)}.";

    public override string Refunded(string shop, string number, Money total, PaymentMethod payment) =>
        $"{shop} a remboursé votre commande {number}\u00A0: remboursement de {Money(total)} {To(payment)}.";

    public override string ShopNote(string shop, string note) => $"Message de {shop}\u00A0: «\u00A0{note}\u00A0»";

    public override string ReferralReward(string shop, string referred, long points, long balance) =>
        $"Merci d'avoir recommandé {shop}\u00A0! {referred} vient d'y faire un premier achat\u00A0: vous gagnez chacun {Points(points)}. "
        + $"Vos points chez {shop}\u00A0: {Number(balance)}.";

    public override string AdvisorReply(string advisor, string desk, string text) => $"{advisor} ({desk})\u00A0: {text}";

    public override string OperatorDesk => "Assistance";

    public override string AdvisorClosed(string? shop) =>
        (shop is null ? "Notre équipe d'assistance a clos" : $"Le conseiller de {shop} a clos")
        + " cette conversation. Si vous avez besoin d'autre chose, écrivez-moi simplement.";

    protected override string Destination(DeliveryMode mode, string address) => mode switch
    {
        DeliveryMode.Work => $"livraison à votre travail, {address}",
        DeliveryMode.RelayPoint => $"au point relais {address}",
        DeliveryMode.Locker => $"à la consigne {address}",
        DeliveryMode.ClickAndCollect => $"au comptoir de la boutique, {address}",
        _ => $"livraison à l'adresse {address}",
    };

    private static string To(PaymentMethod payment) =>
        payment == PaymentMethod.PhoneBill ? "sur votre facture de téléphone" : "sur votre solde";

    private string Points(long n) => PluralRules.French(n) switch
    {
        PluralCategory.One => Number(n) + " point de fidélité",
        PluralCategory.Many => Number(n) + " de points de fidélité",
        _ => Number(n) + " points de fidélité",
    };
}
