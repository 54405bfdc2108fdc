namespace Conversational.Commands.Messages;

/// <summary>Parse errors explained in French, each with the way to put it right.</summary>
internal static class FrenchMessages
{
    /// <summary>An unknown command close to a known one.</summary>
    public const string UnknownCommandWithSuggestion =
        "Je ne connais pas la commande {fragment}. Vouliez-vous dire {suggestion}\u00A0? Envoyez AIDE pour voir les commandes.";

    /// <summary>A target "#délier" cannot read.</summary>
    public const string UnlinkTargetInvalid =
        "Je ne vois pas quoi délier dans {fragment}. Écrivez un numéro de téléphone, telegram, ou web et un nom, "
        + "par exemple\u00A0: {example}";

    public static string Template(ParseErrorCode code, int decimals) => code switch
    {
        ParseErrorCode.MessageEmpty => "Votre message est vide. Envoyez AIDE pour voir ce que je sais faire.",
        ParseErrorCode.MessageTooLong =>
            "Votre message est trop long (4096 caractères au plus). Envoyez-en un plus court.",
        ParseErrorCode.UnknownCommand => "Je ne connais pas la commande {fragment}. Envoyez AIDE pour voir les commandes.",
        ParseErrorCode.AmountMissing => "Quel montant\u00A0? Par exemple\u00A0: {example}",
        ParseErrorCode.AmountZero => "Le montant doit être supérieur à zéro. Par exemple\u00A0: {example}",
        ParseErrorCode.AmountNegative => "Le montant ne peut pas être négatif ({fragment}). Par exemple\u00A0: {example}",
        ParseErrorCode.AmountTooManyDecimals when decimals == 0 =>
            "{currency} n'a pas de décimales, et {fragment} en a. Écrivez par exemple {sample}.",
        ParseErrorCode.AmountTooManyDecimals =>
            "{currency} a au plus {decimals} décimales, et {fragment} en a davantage. Écrivez par exemple {sample}.",
        ParseErrorCode.AmountUnknownCurrency =>
            "Je ne reconnais pas la devise de {fragment}. Écrivez un code ISO comme EUR, ou un symbole comme €.",
        ParseErrorCode.AmountAmbiguousCurrency =>
            "{fragment} peut désigner plusieurs devises. Écrivez plutôt son code ISO à trois lettres, comme {currency}.",
        ParseErrorCode.AmountConflictingCurrencies =>
            "{fragment} mentionne deux devises différentes. N'en écrivez qu'une, par exemple 50 EUR.",
        ParseErrorCode.AmountTooLarge => "Le montant {fragment} est trop grand.",
        ParseErrorCode.AmountExponent =>
            "Écrivez le montant en chiffres, sans exposant\u00A0: 1000 plutôt que 1e3.",
        ParseErrorCode.AmountNotANumber =>
            "{fragment} n'est pas un montant. Écrivez des chiffres, par exemple\u00A0: {example}",
        ParseErrorCode.AmountMalformed => "Je n'arrive pas à lire le montant {fragment}. Écrivez-le comme {sample}.",
        ParseErrorCode.AmountTwoAmounts =>
            "Votre message contient deux montants. Un seul à la fois, par exemple\u00A0: {example}",
        ParseErrorCode.RecipientMissing =>
            "À qui\u00A0? Ajoutez un @nom ou un numéro de téléphone, par exemple\u00A0: {example}",
        ParseErrorCode.RecipientTwoRecipients =>
            "Votre message nomme deux destinataires. Un seul à la fois, par exemple\u00A0: {example}",
        ParseErrorCode.RecipientInvalidHandle =>
            "{fragment} n'est pas un nom valide\u00A0: après le @, de 2 à 32 lettres, chiffres ou _.",
        ParseErrorCode.RecipientInvalidPhone =>
            "{fragment} n'est pas un numéro de téléphone valide. Écrivez-le comme 06 12 34 56 78 ou +33 6 12 34 56 78.",
        ParseErrorCode.ProductMissing => "Quel produit\u00A0? Envoyez son nom ou son code, par exemple\u00A0: {example}",
        ParseErrorCode.QuantityInvalid => "La quantité doit être comprise entre 1 et 999.",
        ParseErrorCode.ReferralCodeInvalid =>
            "{fragment} n'est pas un code de parrainage\u00A0: il compte de 4 à 12 lettres ou chiffres, "
            + "par exemple\u00A0: {example}",
        ParseErrorCode.LinkTargetInvalid =>
            "Je ne vois pas quoi lier dans {fragment}. Écrivez un numéro de téléphone, un @nom, telegram @nom ou web nom, "
            + "par exemple\u00A0: {example}",
        ParseErrorCode.HandleInvalid =>
            "{fragment} ne peut pas être votre nom\u00A0: de 2 à 32 lettres a-z (ou arabes), chiffres ou _, avec au moins une lettre, "
            + "par exemple\u00A0: {example}",
        _ => "Je n'ai pas compris votre message. Envoyez AIDE pour voir ce que je sais faire.",
    };

    public static string Example(CommandKind? command) => command switch
    {
        CommandKind.Donate => "#don 10€ @restosducoeur",
        CommandKind.Buy => "#acheter GAME42",
        CommandKind.Referral => "#parrainage R7K3QX",
        CommandKind.Link => "#lier 06 12 34 56 78",
        CommandKind.Unlink => "#délier 06 12 34 56 78",
        CommandKind.Handle => "#pseudo lea_m",
        _ => "#envoyer 10€ @lea",
    };
}
