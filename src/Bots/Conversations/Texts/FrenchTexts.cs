using System.Globalization;
using System.Text;
using Conversational.Commands;
using Conversational.Wallet;

namespace Conversational.Bots.Conversations.Texts;

/// <summary>
/// The conversations in French: "vous", a no-break space (U+00A0) before : ; ? ! and the same words as the
/// wallet's refusals (<see cref="RejectionMessages"/>), so a refusal and a reply sound alike.
/// </summary>
public sealed class FrenchTexts : ReplyTexts
{
    public static readonly FrenchTexts Instance = new();

    private const string PhoneBill = "sur votre facture de téléphone";

    private static readonly string[] Months =
    [
        "janvier", "février", "mars", "avril", "mai", "juin",
        "juillet", "août", "septembre", "octobre", "novembre", "décembre",
    ];

    private static readonly string[] ShortMonths =
    [
        "janv.", "févr.", "mars", "avr.", "mai", "juin",
        "juil.", "août", "sept.", "oct.", "nov.", "déc.",
    ];

    private FrenchTexts()
    {
    }

    public override Language Language => Language.French;

    /// <summary>"1 000 000": thousands grouped with a narrow no-break space, as amounts are.</summary>
    public override string Number(long n) => Grouped(n, '\u202F');

    /// <summary>"24 novembre", "1er décembre", "3 janvier 2027".</summary>
    public override string FormatDate(DateTimeOffset moment, DateTimeOffset now) => DayMonth(moment, Months, now);

    public override string ConfirmLabel => "Confirmer";

    public override string CancelLabel => "Annuler";

    public override string MoreLabel => "Plus";

    public override string AcceptLabel => "Accepter";

    public override string NotNowLabel => "Plus tard";

    public override string ConfirmSend(string recipient, Money amount) =>
        $"Envoyer {Money(amount)} à {recipient}\u00A0? Il n'y a pas de frais.";

    public override string ConfirmDonate(string charity, Money amount) =>
        $"Donner {Money(amount)} à {charity}\u00A0? Les dons sont sans frais.";

    public override string ConfirmPay(string merchant, Money amount, Money fee) =>
        $"Payer {Money(amount)} à {merchant}\u00A0? Vous payez {Money(amount)}\u00A0; "
        + $"le commerçant paie des frais de {Money(fee)} sur cette somme.";

    public override string ConfirmPending(string recipient, Money amount, int days) =>
        $"{recipient} n'utilise pas encore ce service. Lui envoyer {Money(amount)} à récupérer\u00A0? "
        + $"L'argent l'attend pendant {Count(days, "jour", "jours")}, puis vous revient s'il n'est pas récupéré.";

    public override string Sent(string recipient, Money amount, Money balance) =>
        $"C'est fait\u00A0: vous avez envoyé {Money(amount)} à {recipient}. Votre solde\u00A0: {Money(balance)}.";

    public override string Donated(string charity, Money amount, Money balance) =>
        $"C'est fait\u00A0: vous avez donné {Money(amount)} à {charity}. Merci\u00A0! "
        + $"Votre solde\u00A0: {Money(balance)}.";

    public override string Paid(string merchant, Money amount, Money balance) =>
        $"C'est fait\u00A0: vous avez payé {Money(amount)} à {merchant}. Votre solde\u00A0: {Money(balance)}.";

    public override string PendingSent(string recipient, Money amount, string until) =>
        $"C'est fait\u00A0: la somme de {Money(amount)} attend {recipient} jusqu'au {until}. "
        + "Si elle n'est pas récupérée d'ici là, elle vous revient.";

    public override string ReceivedNotice(string sender, Money amount) => $"{sender} vous a envoyé {Money(amount)}.";

    public override string DonationNotice(string sender, Money amount) =>
        $"{sender} vous a fait un don de {Money(amount)}.";

    public override string Checking(string recipient, Money amount) =>
        $"Votre transfert de {Money(amount)} à {recipient} est en cours de vérification. "
        + "Je vous donnerai le résultat ici\u00A0; merci de ne pas le renvoyer.";

    public override string SettledCompleted(string recipient, Money amount) =>
        $"Mise à jour\u00A0: votre transfert de {Money(amount)} à {recipient} a bien été effectué.";

    public override string SettledRejected(string recipient, Money amount, string reason) =>
        $"Mise à jour\u00A0: votre transfert de {Money(amount)} à {recipient} n'a pas abouti, "
        + $"et aucun argent n'a bougé. {reason}";

    public override string NotACharity(string recipient, string handle) =>
        $"{recipient} n'est pas une association reconnue. "
        + $"Pour envoyer de l'argent à une personne, écrivez\u00A0: #envoyer 10EUR @{handle}";

    public override string UnknownCharity(string handle) =>
        $"Je ne connais pas d'association nommée @{handle}. Vérifiez son nom et réessayez.";

    public override string OverTransactionLimit(AccountKind recipientKind, Money limit) => recipientKind switch
    {
        AccountKind.Charity => $"La limite pour un don est de {Money(limit)}. Donnez un montant plus petit.",
        AccountKind.Merchant =>
            $"La limite pour un paiement à un commerçant est de {Money(limit)}. Payez un montant plus petit.",
        _ => $"La limite pour un envoi à une personne est de {Money(limit)} à la fois. Envoyez un montant plus petit.",
    };

    public override string NothingToConfirm =>
        "Il n'y a rien à confirmer pour le moment. Envoyez AIDE pour voir ce que je sais faire.";

    public override string NothingToCancel => "Il n'y a rien à annuler pour le moment.";

    public override string Cancelled => "Annulé\u00A0: aucun argent n'a bougé.";

    public override string ConfirmationExpired(int minutes) =>
        $"Cette demande a expiré au bout de {Count(minutes, "minute", "minutes")} sans réponse\u00A0; "
        + "aucun argent n'a bougé. Renvoyez-la si vous le souhaitez toujours.";

    public override string StillWaiting(AccountKind recipientKind, string recipient, Money amount) =>
        $"Votre demande {recipientKind switch { AccountKind.Charity => "de don", AccountKind.Merchant => "de paiement", _ => "d'envoi" }} "
        + $"de {Money(amount)} à {recipient} attend toujours votre réponse\u00A0: confirmez-la ou annulez-la.";

    public override string Replaced(AccountKind recipientKind, string recipient, Money amount) =>
        $"Votre demande précédente {recipientKind switch { AccountKind.Charity => "de don", AccountKind.Merchant => "de paiement", _ => "d'envoi" }} "
        + $"de {Money(amount)} à {recipient} est abandonnée : rien n'a été envoyé. Voici la nouvelle.";

    public override string AnswerOnOtherChannel => "Merci de répondre là où vous avez fait la demande.";

    public override string ClaimOffer(IReadOnlyList<(string Sender, Money Amount)> waiting)
    {
        ArgumentNullException.ThrowIfNull(waiting);
        switch (waiting.Count)
        {
            case 0:
                return "Aucun transfert ne vous attend.";
            case 1:
                return $"{waiting[0].Sender} vous a envoyé {Money(waiting[0].Amount)}. L'acceptez-vous\u00A0?";
        }
        var text = new StringBuilder(Count(waiting.Count, "transfert vous attend", "transferts vous attendent"))
            .Append("\u00A0:");
        foreach (var (sender, amount) in waiting)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n• {sender}\u00A0: {Money(amount)}");
        }
        return text.Append("\nLes acceptez-vous\u00A0?").ToString();
    }

    public override string Claimed(int count, Money total, Money balance) =>
        $"C'est fait\u00A0: la somme de {Money(total)} ({Count(count, "transfert", "transferts")}) "
        + $"est maintenant sur votre compte. Votre solde\u00A0: {Money(balance)}.";

    public override string ClaimSnoozed(string until) =>
        $"D'accord, l'argent vous attend jusqu'au {until}. Je vous reposerai la question demain.";

    public override string ClaimedNotice(string recipient, Money amount) =>
        $"{recipient} a accepté votre transfert de {Money(amount)}.";

    public override string ClaimWaiting(Money total) =>
        $"La somme de {Money(total)} vous attend\u00A0: envoyez #récupérer pour la récupérer.";

    public override string NothingToClaim => "Aucun argent ne vous attend pour le moment.";

    public override string StaleClaimChoice =>
        "Ce bouton n'est plus valable. Envoyez #récupérer pour récupérer l'argent qui vous attend.";

    public override string ReturnedNotice(string recipient, Money amount) =>
        $"Les {Money(amount)} envoyés à {recipient} n'ont pas été récupérés à temps\u00A0: ils sont revenus sur votre solde.";

    public override string Balance(IReadOnlyList<(Money Available, Money Held)> balances)
    {
        ArgumentNullException.ThrowIfNull(balances);
        if (balances.Count == 0)
        {
            return $"Votre solde\u00A0: {Money(new Money(0, Currency.Eur))}.";
        }
        var text = new StringBuilder("Votre solde\u00A0: ")
            .AppendJoin(", ", balances.Select(b => Money(b.Available))).Append('.');
        foreach (var (_, held) in balances.Where(b => b.Held.Minor > 0))
        {
            text.Append(CultureInfo.InvariantCulture, $" Mis de côté en plus pour des achats\u00A0: {Money(held)}.");
        }
        return text.ToString();
    }

    public override string HistoryHeader(int count, bool first) => (PluralRules.French(count), first) switch
    {
        _ when count == 0 => "Aucune opération à afficher.",
        (PluralCategory.One, true) => "Votre dernière opération\u00A0:",
        (PluralCategory.One, false) => "L'opération précédente\u00A0:",
        (_, true) => $"Vos {Number(count)} dernières opérations\u00A0:",
        _ => $"Les {Number(count)} opérations précédentes\u00A0:",
    };

    public override string HistoryEmpty =>
        "Aucune opération pour l'instant. Envoyez AIDE pour savoir comment envoyer de l'argent.";

    public override string HistoryEnd => "C'est tout\u00A0: il n'y a pas d'opération plus ancienne.";

    public override string HistoryLine(HistoryEntry entry, string counterparty, DateTimeOffset now, PendingState? pending)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var reference = entry.Reference ?? counterparty;
        var outgoing = entry.Amount.Minor < 0;
        var onPhoneBill = entry.Amount.Minor == 0 && entry.PhoneBill.Minor != 0;
        var what = entry.Kind switch
        {
            MovementKind.PersonToPerson => outgoing ? $"envoi à {counterparty}" : "reçu " + Of(counterparty),
            MovementKind.Donation => outgoing ? $"don à {counterparty}" : "don " + Of(counterparty),
            MovementKind.Payment or MovementKind.HoldCapture =>
                outgoing ? $"paiement à {counterparty}" : "paiement " + Of(counterparty),
            MovementKind.Funding => "rechargement",
            MovementKind.PendingSend => pending switch
            {
                PendingState.Claimed => $"récupéré par {reference}",
                PendingState.Returned => $"non récupéré par {reference}, revenu",
                _ => "en attente " + Of(reference),
            },
            MovementKind.PendingClaim => $"récupéré, envoyé par {counterparty}",
            MovementKind.PendingReturn => $"revenu\u00A0: non récupéré par {reference}",
            MovementKind.HoldAuthorize => $"mis de côté pour {counterparty}\u00A0: réservé, pas dépensé",
            MovementKind.HoldVoid => $"libéré par {counterparty}\u00A0: plus réservé",
            MovementKind.Refund => "remboursement " + Of(counterparty) + (onPhoneBill ? ", " + PhoneBill : ""),
            MovementKind.CarrierPurchase => $"{counterparty}, {PhoneBill}",
            MovementKind.CarrierDonation => $"don à {counterparty}, {PhoneBill}",
            _ => counterparty,
        };
        return $"{DayMonth(entry.At, ShortMonths, now)} · {what} · {StatementAmount(entry)}";
    }

    public override string Spending(MonthlySpending spending, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(spending);
        var month = Months[spending.Month - 1]
            + (spending.Year == now.Year ? "" : " " + spending.Year.ToString(CultureInfo.InvariantCulture));
        var text = $"En {month}, vous avez dépensé {Money(spending.FromWallet)}\u00A0: "
            + $"{Money(spending.Sent)} en envois, {Money(spending.Donated)} en dons et {Money(spending.Paid)} en paiements.";
        return spending.PhoneBilled.Minor > 0
            ? text + $" Et {PhoneBill}\u00A0: {Money(spending.PhoneBilled)}."
            : text;
    }

    public override string Help(CommandKind? topic) => topic switch
    {
        CommandKind.Send => "Pour envoyer de l'argent\u00A0: #envoyer 10EUR @lea (ou un numéro de téléphone "
            + "à la place de @lea). Je vous demanderai de confirmer si la personne est nouvelle pour vous "
            + "ou si le montant est élevé.",
        CommandKind.Donate =>
            "Pour faire un don à une association\u00A0: #don 10EUR @restosducoeur. Les dons sont sans frais.",
        CommandKind.Balance => "Pour voir votre solde\u00A0: #solde",
        CommandKind.Claim => "Pour récupérer l'argent qu'on vous a envoyé et qui vous attend\u00A0: #récupérer",
        CommandKind.History =>
            "Pour voir vos dernières opérations\u00A0: #historique, puis «\u00A0Plus\u00A0» pour les précédentes. "
            + "#dépenses fait le total du mois.",
        CommandKind.Spending => "Pour voir ce que vous avez dépensé ce mois-ci\u00A0: #dépenses",
        CommandKind.Buy => "Pour acheter\u00A0: acheter et le nom ou le code du produit (acheter MUG, acheter 2 mugs). "
            + "Je ne demande que le nécessaire\u00A0: la quantité, le mode de livraison, puis vous vérifiez le total et payez.",
        CommandKind.Link or CommandKind.Unlink or CommandKind.Handle => FrenchLinkTexts.Instance.Help,
        CommandKind.Orders => "Pour voir vos commandes et où elles en sont\u00A0: #suivi (ou #suivi et un numéro de commande).",
        _ => "Voici ce que je sais faire\u00A0:\n"
            + "• #envoyer 10EUR @lea\u00A0: envoyer de l'argent\n"
            + "• #don 5EUR @restosducoeur\u00A0: faire un don à une association\n"
            + "• #solde\u00A0: votre solde\n"
            + "• #historique\u00A0: vos dernières opérations\n"
            + "• acheter MUG\u00A0: acheter dans une boutique\n"
            + "• #suivi\u00A0: vos commandes\n"
            + "• annuler\u00A0: abandonner ce que vous avez commencé\n"
            + "Une autre question\u00A0? J'y réponds ou je la transmets à une personne.",
    };

    public override string Welcome(string name) =>
        $"Bonjour {name}\u00A0! Je peux envoyer de l'argent, transmettre vos dons aux associations, "
        + "acheter dans les boutiques et afficher votre relevé. " + Help(null);

    public override string Stopped =>
        "Vous ne recevrez plus de messages de notre part ici. Envoyez START quand vous voudrez revenir.";

    public override string Restarted => "Bon retour parmi nous\u00A0! Envoyez AIDE pour voir ce que je sais faire.";

    public override string NotUnderstood => "Désolé, je n'ai pas compris. Envoyez AIDE pour voir ce que je sais faire.";

    public override string StaleChoice =>
        "Ce bouton n'est plus valable. Envoyez AIDE pour voir ce que vous pouvez faire maintenant.";

    public override string Busy => "Je traite encore votre message précédent. Réessayez dans un instant.";

    public override string InternalError =>
        "Un problème est survenu de notre côté et rien n'a été fait. Réessayez dans un instant.";

    /// <summary>"1 jour", "0 jour", "3 jours", "1 000 000 de jours".</summary>
    private string Count(long n, string one, string other) => PluralRules.French(n) switch
    {
        PluralCategory.One => Number(n) + " " + one,
        PluralCategory.Many => Number(n) + " de " + other,
        _ => Number(n) + " " + other,
    };

    /// <summary>"de Bob", "d'Alice": "de" elided before a vowel ("h" is left alone: it may be aspirated).</summary>
    internal static string Of(string name) =>
        name.Length > 0 && "aeiouyàâäéèêëîïôöùûüÿæœ".Contains(char.ToLowerInvariant(name[0]), StringComparison.Ordinal)
            ? "d'" + name
            : "de " + name;

    private static string DayMonth(DateTimeOffset date, string[] months, DateTimeOffset now) =>
        (date.Day == 1 ? "1er" : date.Day.ToString(CultureInfo.InvariantCulture))
        + " " + months[date.Month - 1]
        + (date.Year == now.Year ? "" : " " + date.Year.ToString(CultureInfo.InvariantCulture));
}
