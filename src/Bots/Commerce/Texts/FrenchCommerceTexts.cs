using System.Globalization;
using Conversational.Bots.Commerce.Catalog;
using Conversational.Bots.Commerce.Orders;
using Conversational.Bots.Conversations.Texts;
using Conversational.Wallet;

namespace Conversational.Bots.Commerce.Texts;

/// <summary>
/// The commerce conversations in French: "vous", a no-break space (U+00A0) before : ; ? ! and inside « », and the
/// words of <see cref="FrenchTexts"/> (solde, commerçant, facture de téléphone) and of the order notices
/// (point relais, consigne, retrait en magasin).
/// </summary>
public sealed class FrenchCommerceTexts : CommerceTexts
{
    public static readonly FrenchCommerceTexts Instance = new();

    private const string PhoneBill = "sur votre facture de téléphone";

    private const string FromBalance = "avec votre solde";

    private FrenchCommerceTexts()
        : base(FrenchTexts.Instance)
    {
    }

    public override string PayLabel => "Payer";

    public override string BackLabel => "Retour";

    public override string ChangeQuantityLabel => "Modifier la quantité";

    public override string ChangeDeliveryLabel => "Modifier la livraison";

    public override string NewAddressLabel => "Autre adresse";

    public override string ContinueLabel => "Continuer";

    public override string AdvisorLabel => "Parler à un conseiller";

    public override string DeleteLabel => "Supprimer mes données";

    public override string ModeLabel(DeliveryMode mode) => mode switch
    {
        DeliveryMode.Home => "Domicile",
        DeliveryMode.Work => "Travail",
        DeliveryMode.RelayPoint => "Point relais",
        DeliveryMode.ClickAndCollect => "Retrait en magasin",
        _ => "Consigne",
    };

    public override string ModeTo(DeliveryMode mode, string address) => $"{ModeLabel(mode)}\u00A0: {address}";

    public override string ProductLabel(string name, Money price) => $"{Capitalized(name)} · {Money(price)}";

    public override string CodeLine(IReadOnlyList<string> keywords, string product) =>
        $"• {string.Join(" / ", keywords)}\u00A0: {product}";

    public override string WhichProduct => "Quel produit souhaitez-vous\u00A0?";

    public override string NoSuchProduct(string query, string shop) =>
        $"Je n'ai pas trouvé «\u00A0{query}\u00A0». Voici ce que vend {shop}\u00A0:";

    public override string NothingToBuy => "Il n'y a encore rien à acheter ici.";

    public override string AskQuantity(string product, Money price, int? left) =>
        $"{Capitalized(product)}, {Money(price)} l'unité. Combien en voulez-vous\u00A0?"
        + (left is { } n && n <= 5 ? $" ({Left(n)})" : "");

    public override string QuantityInvalid(int max) =>
        $"Merci de répondre par un nombre de {Number(1)} à {Number(max)}.";

    public override string QuantityOutOfRange(int max) => $"La quantité doit être comprise entre {Number(1)} et {Number(max)}.";

    public override string NotEnoughForOrder(Money available, Money total, bool canReduce) =>
        $"Vous n'avez pas assez d'argent\u00A0: vous avez {Money(available)} disponibles\u00A0; la commande fait {Money(total)}. "
        + (canReduce ? "Choisissez une quantité plus petite, ou ajoutez d'abord de l'argent." : "Ajoutez d'abord de l'argent.");

    public override string AskDelivery(string product, int quantity) =>
        $"{Number(quantity)} × {product}. Comment souhaitez-vous recevoir votre commande\u00A0?";

    public override string AskAddress(DeliveryMode mode, bool hasSaved) => hasSaved
        ? $"Pour la livraison {(mode == DeliveryMode.Work ? "au travail" : "à domicile")}, choisissez une adresse ou écrivez-en une nouvelle."
        : $"Écrivez l'adresse {(mode == DeliveryMode.Work ? "de votre travail" : "de votre domicile")}\u00A0: rue, code postal et ville.";

    public override string AddressInvalid =>
        "C'est trop court pour une adresse\u00A0: écrivez la rue, le code postal et la ville.";

    public override string AskPostcode(DeliveryMode mode) =>
        $"Près de quel code postal dois-je chercher {(mode == DeliveryMode.Locker ? "une consigne" : "un point relais")}\u00A0?";

    public override string PostcodeInvalid => $"Écrivez un code postal à {Number(5)} chiffres, par exemple 75011.";

    public override string PickupPointsNear(DeliveryMode mode, string postcode) =>
        $"{(mode == DeliveryMode.Locker ? "Consignes" : "Points relais")} près du {postcode}\u00A0:";

    public override string NoPickupPointNear(DeliveryMode mode, string postcode) =>
        $"Je ne connais {(mode == DeliveryMode.Locker ? "aucune consigne" : "aucun point relais")} près du {postcode}. "
        + "Essayez un autre code postal, ou revenez en arrière pour choisir une autre livraison.";

    public override string Review(string product, int quantity, Money total, string? delivery, PaymentMethod payment) =>
        $"{Number(quantity)} × {product}\u00A0: {Money(total)}"
        + (delivery is null ? "" : $", {delivery}")
        + $". À régler {(payment == PaymentMethod.PhoneBill ? PhoneBill : FromBalance)}."
        + " Je procède au paiement\u00A0?";

    public override string DescribeDelivery(DeliveryMode mode, string address) => mode switch
    {
        DeliveryMode.Home => $"livraison à domicile, {address}",
        DeliveryMode.Work => $"livraison au travail, {address}",
        DeliveryMode.RelayPoint => $"retrait au point relais {address}",
        DeliveryMode.Locker => $"retrait à la consigne {address}",
        _ => $"retrait en magasin, {address}",
    };

    public override string OrderPlaced(string number, string shop, Money total, string delivery) =>
        $"Commande {number} passée\u00A0: la somme de {Money(total)} est mise de côté sur votre solde "
        + $"et sera prélevée quand {shop} acceptera la commande. Réception\u00A0: {delivery}. "
        + "Je vous tiens au courant ici\u00A0; #suivi vous dit où elle en est.";

    public override string DigitalDelivered(string number, string product, string content, Money total, PaymentMethod payment) =>
        $"Merci\u00A0! Voici votre {product} (commande {number})\u00A0: {content}\n"
        + $"Vous avez payé {Money(total)} {(payment == PaymentMethod.PhoneBill ? PhoneBill : FromBalance)}.";

    public override string PointsEarned(long points, long total, string shop) =>
        $"+{Count(points, "point de fidélité", "points de fidélité")} chez {shop} ({Number(total)} au total).";

    public override string PaymentChecking(string number) =>
        $"Le paiement de votre commande {number} est en cours de vérification. "
        + "Appuyez de nouveau sur Payer dans un instant\u00A0: vous ne paierez jamais deux fois.";

    public override string CaptureChecking(string number, string product) =>
        $"Le paiement de votre commande {number} est en cours de vérification. Je vous enverrai ici votre {product} "
        + "dès qu'il sera confirmé\u00A0: vous ne paierez jamais deux fois.";

    public override string PurchaseNotCompleted(string number, string product, Money total) =>
        $"Désolé, la commande {number} ({product}) n'a pas abouti\u00A0: rien n'a été prélevé sur votre solde, "
        + $"et la somme de {Money(total)} mise de côté est de nouveau disponible.";

    public override string StockShort(string product, int left) => left > 0
        ? $"Désolé, {product}\u00A0: il n'en reste {(left == 1 ? "qu'un exemplaire" : "que " + Count(left, "exemplaire", "exemplaires"))}."
        : $"Désolé, {product}\u00A0: il n'en reste plus.";

    public override string SoldOut(string product) =>
        $"Désolé, le stock {Of(product)} vient de s'épuiser\u00A0: rien n'a été payé.";

    public override string OutOfStock(string product) => $"Désolé, {product}\u00A0: il n'y en a plus en stock pour le moment.";

    public override string PriceChanged(string product, Money price) =>
        $"Le prix {Of(product)} a changé\u00A0: il est maintenant de {Money(price)} l'unité.";

    public override string PurchaseCancelled => "Achat annulé\u00A0: rien n'a été payé.";

    public override string NotUnderstoodStep => "Désolé, je n'ai pas compris.";

    public override string StepHelp =>
        "Répondez par l'un des choix ci-dessous (ou son numéro). Envoyez RETOUR pour revenir à l'étape précédente, "
        + "ou ANNULER pour arrêter l'achat.";

    public override string ConfirmKeyword(string product, string keyword, Money price, PaymentMethod payment) =>
        $"Acheter {product} ({keyword}) pour {Money(price)} {(payment == PaymentMethod.PhoneBill ? PhoneBill : FromBalance)}\u00A0?";

    public override string NoCart =>
        "Vous n'avez aucun achat en cours. Pour acheter quelque chose, écrivez par exemple\u00A0: acheter MUG";

    public override string Resumed(string product) => $"Reprenons votre achat\u00A0: {product}.";

    public override string Reminder(string product, string shop) =>
        $"Votre panier chez {shop} vous attend toujours\u00A0: {product}. Voulez-vous terminer l'achat\u00A0?";

    public override string CartExpired(string product) =>
        $"Votre achat {Of(product)} attendait depuis {Count(24, "heure", "heures")}\u00A0: je l'ai abandonné. "
        + "Rien n'a été payé.";

    public override string NoOrders =>
        "Vous n'avez pas encore de commande. Pour acheter quelque chose, écrivez par exemple\u00A0: acheter MUG";

    public override string OrdersHeader(int count) => count == 1 ? "Votre commande\u00A0:" : "Vos dernières commandes\u00A0:";

    public override string OrderLine(Order order, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(order);
        return $"{order.Number} · {Number(order.Quantity)} × {order.ProductName} · {Money(order.Total)} · "
            + $"{StatusName(order.Status)} ({Replies.FormatDate(order.Events[^1].At, now)})";
    }

    public override string UnknownOrder(string number) =>
        $"Je ne trouve pas de commande {number} parmi les vôtres. #suivi les affiche.";

    public override string DigitalContentAgain(string content) => $"Votre achat\u00A0: {content}";

    public override string StatusName(OrderStatus status) => status switch
    {
        OrderStatus.Placed => "passée, en attente du commerçant",
        OrderStatus.Accepted => "acceptée",
        OrderStatus.Shipped => "expédiée",
        OrderStatus.ReadyForPickup => "prête à être retirée",
        OrderStatus.Delivered => "livrée",
        OrderStatus.Cancelled => "annulée",
        _ => "remboursée",
    };

    public override string Points(IReadOnlyList<(string Shop, long Points)> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        return points.Count == 0
            ? "Vous n'avez pas encore de points de fidélité\u00A0: vos achats en rapportent chez les commerçants qui en proposent."
            : string.Join("\n", points.Select(p => string.Create(
                CultureInfo.InvariantCulture, $"Vous avez {Count(p.Points, "point", "points")} chez {p.Shop}.")));
    }

    public override string ReferralCode(string code) =>
        $"Votre code de parrainage est {code}. Partagez-le\u00A0: si un ami envoie «\u00A0#parrainage {code}\u00A0» "
        + "avant son premier achat, vous gagnerez tous les deux des points de fidélité avec cet achat.";

    public override string ReferralRecorded(string referrer) =>
        $"Merci\u00A0! Parrainage par {referrer} enregistré\u00A0: vous gagnerez tous les deux des points de fidélité "
        + "avec votre premier achat.";

    public override string ReferralUnknown(string code) =>
        $"Je ne connais pas le code de parrainage {code}. Vérifiez-le, s'il vous plaît.";

    public override string ReferralOwnCode => "C'est votre propre code de parrainage\u00A0: partagez-le plutôt avec vos amis.";

    public override string ReferralAlreadySet => "Un parrainage est déjà enregistré pour vous\u00A0; il ne compte qu'une fois.";

    public override string ReferralTooLate => "Les codes de parrainage ne comptent qu'avant votre premier achat.";

    public override string FaqWhichOne => "Vouliez-vous dire l'une de ces questions\u00A0?";

    public override string HandedOff(string shop) =>
        $"Je transmets votre question à l'équipe {Of(shop)}\u00A0: une personne vous répondra ici. "
        + "Écrivez ANNULER pour mettre fin à la conversation avec elle.";

    public override string DisputeOpened(string caseId) =>
        $"J'ai ouvert le dossier {caseId} au sujet de votre relevé\u00A0: un conseiller vous répondra ici. "
        + "Dites-moi ce qui vous semble anormal (date, montant).";

    public override string ForwardedToAdvisor => "Transmis au conseiller.";

    public override string AdvisorCaseClosed =>
        "La conversation avec le conseiller est terminée\u00A0; vous êtes de retour avec moi. "
        + "Envoyez AIDE pour voir ce que je sais faire.";

    public override string NoShopForQuestion => "Désolé, je n'ai pas compris. Envoyez AIDE pour voir ce que je sais faire.";

    public override string DataExportHeader => "Voici tout ce que nous conservons à votre sujet\u00A0:";

    public override string ConfirmDeletion =>
        "Supprimer vos données personnelles\u00A0? Votre nom, votre identifiant, votre numéro de téléphone, "
        + "vos adresses enregistrées et notre conversation seront effacés, et les adresses de vos commandes retirées. "
        + "Vos mouvements d'argent restent dans nos comptes, comme la loi l'exige, mais sans votre nom. "
        + "C'est irréversible.";

    public override string DataDeleted => "C'est fait\u00A0: vos données personnelles sont supprimées. Au revoir, et merci.";

    public override string DeletionCancelled => "D'accord, rien n'a été supprimé.";

    public override string DeletionNeedsEmptyBalance(Money balance) =>
        $"Votre solde est de {Money(balance)}. Envoyez-le à quelqu'un ou demandez-nous de vous le verser "
        + "avant de supprimer vos données.";

    /// <summary>"Il en reste 3.", "Il n'en reste plus." after the question about the quantity.</summary>
    private string Left(int n) => n > 0 ? $"Il en reste {Number(n)}." : "Il n'en reste plus.";

    /// <summary>"1 point", "0 point", "3 points", "1 000 000 de points", "1 000 000 d'exemplaires".</summary>
    private string Count(long n, string one, string other) => PluralRules.French(n) switch
    {
        PluralCategory.One => Number(n) + " " + one,
        PluralCategory.Many => Number(n) + " " + Of(other),
        _ => Number(n) + " " + other,
    };

    /// <summary>
    /// A name opening a sentence, a list item or a button: "mug bleu" is written "Mug bleu"; a name whose second
    /// letter is a capital ("iPhone") or that is not a word ("#42") is left as it is.
    /// </summary>
    private static string Capitalized(string name) =>
        name.Length > 1 && char.IsLower(name[0]) && !char.IsUpper(name[1])
            ? char.ToUpper(name[0], CultureInfo.GetCultureInfo("fr-FR")) + name[1..]
            : name;

    /// <summary>"de Demo Shop", "d'Épée bleue": "de" elided before a vowel ("h" is left alone: it may be aspirated).</summary>
    private static string Of(string name) =>
        name.Length > 0 && "aeiouyàâäéèêëîïôöùûüÿæœ".Contains(char.ToLowerInvariant(name[0]), StringComparison.Ordinal)
            ? "d'" + name
            : "de " + name;
}
