using System.Globalization;

namespace Conversational.Wallet;

/// <summary>Rejections explained in French, each with what to do instead.</summary>
internal static class FrenchRejections
{
    private static readonly string[] Months =
    [
        "janvier", "février", "mars", "avril", "mai", "juin",
        "juillet", "août", "septembre", "octobre", "novembre", "décembre",
    ];

    public static string Describe(RejectionMessages.Facts f) => f switch
    {
        { Reason: RejectionReason.InvalidAmount, Limit: { } limit } =>
            $"Ce montant n'est pas possible\u00A0: il doit être supérieur à zéro et d'au plus {limit}. "
            + "Essayez un autre montant.",
        { Reason: RejectionReason.InvalidAmount } =>
            "Ce montant n'est pas possible\u00A0: il doit être supérieur à zéro. Essayez un autre montant.",
        { Reason: RejectionReason.CurrencyNotSupported, Currencies: { } currencies } =>
            $"Nous ne gérons pas cette devise. Utilisez {List(currencies)}.",
        { Reason: RejectionReason.CurrencyNotSupported } =>
            "Nous ne gérons pas cette devise. Envoyez AIDE pour voir les devises possibles.",
        { Reason: RejectionReason.CurrencyMismatch } =>
            "Ce montant n'est pas dans la devise du paiement d'origine. Utilisez la devise de ce paiement.",
        { Reason: RejectionReason.WrongAccountKind } =>
            "Ce type de compte ne peut pas participer à cette opération\u00A0; aucun argent n'a bougé. "
            + "Vérifiez à qui l'argent est destiné.",
        { Reason: RejectionReason.SameAccount } =>
            "Vous ne pouvez pas vous envoyer de l'argent à vous-même. Choisissez un autre destinataire.",
        { Reason: RejectionReason.UnknownAccount } =>
            "Nous ne trouvons pas votre compte\u00A0; aucun argent n'a bougé. "
            + "Contactez-nous si vous pensez qu'il s'agit d'une erreur.",
        { Reason: RejectionReason.UnknownRecipient, Recipient: { } recipient } =>
            $"Nous ne trouvons pas {recipient}\u00A0; rien n'a été envoyé. "
            + "Vérifiez le nom ou le numéro de téléphone et réessayez.",
        { Reason: RejectionReason.UnknownRecipient } =>
            "Nous ne trouvons pas ce destinataire\u00A0; rien n'a été envoyé. "
            + "Vérifiez le nom ou le numéro de téléphone et réessayez.",
        { Reason: RejectionReason.IdConflict } =>
            "Cette demande a déjà servi pour une autre opération\u00A0; aucun argent n'a bougé. "
            + "Envoyez-la de nouveau comme une nouvelle demande.",
        { Reason: RejectionReason.InsufficientFunds, Account.Kind: AccountKind.Merchant } =>
            "Le commerçant n'a pas assez d'argent disponible pour ce remboursement pour le moment. "
            + "Réessayez plus tard.",
        { Reason: RejectionReason.InsufficientFunds, Available: { } available } =>
            $"Vous n'avez pas assez d'argent\u00A0: votre solde disponible est de {available}. "
            + "Envoyez un montant plus petit ou ajoutez d'abord de l'argent.",
        { Reason: RejectionReason.InsufficientFunds } =>
            "Vous n'avez pas assez d'argent disponible. Envoyez un montant plus petit ou ajoutez d'abord de l'argent.",
        { Reason: RejectionReason.OverTransactionLimit, Limit: { } limit } =>
            $"La limite pour un paiement est de {limit}. Envoyez un montant plus petit.",
        { Reason: RejectionReason.OverTransactionLimit } =>
            "Ce montant dépasse la limite pour un paiement. Envoyez un montant plus petit.",
        { Reason: RejectionReason.OverDailyCap, Limit: { } limit, Used: { } used } =>
            $"Vous pouvez dépenser au plus {limit} par jour\u00A0; vous avez déjà dépensé {used} aujourd'hui. "
            + "Envoyez un montant plus petit ou attendez demain.",
        { Reason: RejectionReason.OverDailyCap, Limit: { } limit } =>
            $"Vous pouvez dépenser au plus {limit} par jour. Envoyez un montant plus petit ou attendez demain.",
        { Reason: RejectionReason.OverDailyCap } =>
            "Ce montant dépasse votre limite de dépenses par jour. Envoyez un montant plus petit ou attendez demain.",
        { Reason: RejectionReason.OverMonthlyCap, Limit: { } limit, Used: { } used } =>
            $"Vous pouvez dépenser au plus {limit} par mois\u00A0; vous avez déjà dépensé {used} ce mois-ci. "
            + "Envoyez un montant plus petit ou attendez le mois prochain.",
        { Reason: RejectionReason.OverMonthlyCap, Limit: { } limit } =>
            $"Vous pouvez dépenser au plus {limit} par mois. "
            + "Envoyez un montant plus petit ou attendez le mois prochain.",
        { Reason: RejectionReason.OverMonthlyCap } =>
            "Ce montant dépasse votre limite de dépenses par mois. "
            + "Envoyez un montant plus petit ou attendez le mois prochain.",
        { Reason: RejectionReason.OverUnverifiedSpending } => UnverifiedSpending(f),
        { Reason: RejectionReason.RecipientOverBalanceLimit, Limit: { } limit } =>
            "Ce destinataire ne peut pas recevoir autant tant que son identité n'est pas vérifiée\u00A0: "
            + $"un compte non vérifié peut détenir au plus {limit}. Envoyez un montant plus petit.",
        { Reason: RejectionReason.RecipientOverBalanceLimit } =>
            "Ce destinataire ne peut pas recevoir autant tant que son identité n'est pas vérifiée. "
            + "Envoyez un montant plus petit.",
        { Reason: RejectionReason.PendingNotFound } =>
            "Nous ne trouvons pas cet envoi en attente. Vérifiez le lien ou le code que vous avez reçu.",
        { Reason: RejectionReason.PendingAlreadyClaimed } =>
            "Cet argent a déjà été récupéré\u00A0; il n'y a plus rien à récupérer ni à reprendre.",
        { Reason: RejectionReason.PendingAlreadyReturned } =>
            "Cet argent a déjà été rendu à l'expéditeur\u00A0; il ne peut plus être récupéré.",
        { Reason: RejectionReason.PendingNotForClaimant } =>
            "Cet envoi est destiné à quelqu'un d'autre\u00A0; vous ne pouvez pas le récupérer. "
            + "Vérifiez le lien ou le code que vous avez reçu.",
        { Reason: RejectionReason.PendingExpired, Date: { } date } =>
            $"Le délai pour récupérer cet argent a pris fin le {Date(date)}\u00A0; il retourne à l'expéditeur. "
            + "Demandez-lui de vous le renvoyer.",
        { Reason: RejectionReason.PendingExpired } =>
            "Le délai pour récupérer cet argent est terminé\u00A0; il retourne à l'expéditeur. "
            + "Demandez-lui de vous le renvoyer.",
        { Reason: RejectionReason.PendingNotDue, Date: { } date } =>
            $"Le destinataire peut récupérer cet argent jusqu'au {Date(date)}. "
            + "Vous pourrez le reprendre après cette date.",
        { Reason: RejectionReason.PendingNotDue } =>
            "Le destinataire peut encore récupérer cet argent. Vous pourrez le reprendre à la fin du délai.",
        { Reason: RejectionReason.HoldNotFound } =>
            "Nous ne trouvons pas cette autorisation de paiement. Vérifiez sa référence.",
        { Reason: RejectionReason.HoldAlreadyCaptured } =>
            "Cette autorisation a déjà été encaissée\u00A0; elle ne peut pas l'être une seconde fois.",
        { Reason: RejectionReason.HoldAlreadyVoided } =>
            "Cette autorisation a été annulée\u00A0; elle ne peut plus être encaissée. Demandez un nouveau paiement.",
        { Reason: RejectionReason.CaptureExceedsHold, Limit: { } limit } =>
            $"Vous pouvez encaisser au plus {limit}, le montant autorisé. Encaissez un montant plus petit.",
        { Reason: RejectionReason.CaptureExceedsHold } =>
            "Vous ne pouvez pas encaisser plus que le montant autorisé. Encaissez un montant plus petit.",
        { Reason: RejectionReason.PaymentNotFound } =>
            "Nous ne trouvons pas ce paiement. Vérifiez sa référence.",
        { Reason: RejectionReason.RefundExceedsPayment, LimitIsZero: true } =>
            "Ce paiement a déjà été entièrement remboursé.",
        { Reason: RejectionReason.RefundExceedsPayment, Limit: { } limit } =>
            $"Il reste au plus {limit} à rembourser sur ce paiement. Remboursez un montant plus petit.",
        { Reason: RejectionReason.RefundExceedsPayment } =>
            "Ce remboursement dépasse ce qui reste du paiement. Remboursez un montant plus petit.",
        { Reason: RejectionReason.UnknownShortCode } =>
            "Ce numéro court n'est pas valide\u00A0: nos numéros courts ont 5 chiffres. Vérifiez-le et réessayez.",
        { Reason: RejectionReason.OverCarrierPurchaseLimit, Limit: { } limit } =>
            $"Cet achat peut coûter au plus {limit} sur votre facture de téléphone. "
            + "Choisissez un achat moins cher ou payez autrement.",
        { Reason: RejectionReason.OverCarrierPurchaseLimit } =>
            "Cet achat coûte trop cher pour votre facture de téléphone. "
            + "Choisissez un achat moins cher ou payez autrement.",
        { Reason: RejectionReason.OverCarrierMonthlyCap, Limit: { } limit, Used: { } used } =>
            $"Vous pouvez payer au plus {limit} par mois sur votre facture de téléphone\u00A0; "
            + $"vous avez déjà payé {used} ce mois-ci. Payez autrement ou attendez le mois prochain.",
        { Reason: RejectionReason.OverCarrierMonthlyCap, Limit: { } limit } =>
            $"Vous pouvez payer au plus {limit} par mois sur votre facture de téléphone. "
            + "Payez autrement ou attendez le mois prochain.",
        { Reason: RejectionReason.OverCarrierMonthlyCap } =>
            "Ce montant dépasse votre limite mensuelle sur votre facture de téléphone. "
            + "Payez autrement ou attendez le mois prochain.",
        { Reason: RejectionReason.CarrierDonationsBlocked } =>
            "Vous avez bloqué les dons sur votre facture de téléphone. Donnez autrement ou débloquez-les d'abord.",
        { Reason: RejectionReason.InvalidPhoneNumber } =>
            "Ce numéro de téléphone n'est pas valide. Écrivez-le avec + et l'indicatif du pays, "
            + "comme +33 6 12 34 56 78.",
        { Reason: RejectionReason.InvalidClaimKey } =>
            "Ce code de retrait n'est pas valide. Vérifiez le lien ou le code que vous avez reçu.",
        { Reason: RejectionReason.UnknownOperator } =>
            "Nous ne pouvons pas facturer votre téléphone\u00A0: votre opérateur mobile n'est pas reconnu. "
            + "Payez autrement.",
        _ => "Nous n'avons pas pu faire cette opération\u00A0; aucun argent n'a bougé. Réessayez ou envoyez AIDE.",
    };

    private static string UnverifiedSpending(RejectionMessages.Facts f)
    {
        var verified = f.Tier == IdentityTier.Verified;
        var who = verified ? "Les comptes vérifiés" : "Les comptes non vérifiés";
        var limit = f.Limit is { } l
            ? $"{who} peuvent dépenser au plus {l} sur 30\u00A0jours"
            : $"{who} ont une limite de dépenses sur 30\u00A0jours";
        var used = f.Used is { } u ? $"\u00A0; vous avez dépensé {u}." : ".";
        var next = verified
            ? " Envoyez un montant plus petit ou attendez quelques jours."
            : " Demandez-nous de vérifier votre identité pour relever cette limite.";
        return limit + used + next;
    }

    /// <summary>"EUR", "EUR ou USD", "EUR, GBP ou USD".</summary>
    private static string List(IReadOnlyList<string> items) =>
        items.Count == 1 ? items[0] : string.Join(", ", items.Take(items.Count - 1)) + " ou " + items[^1];

    /// <summary>"24 novembre 2026", "1er novembre 2026".</summary>
    private static string Date(DateTime date) =>
        (date.Day == 1 ? "1er" : date.Day.ToString(CultureInfo.InvariantCulture))
        + " " + Months[date.Month - 1] + " " + date.Year.ToString(CultureInfo.InvariantCulture);
}
