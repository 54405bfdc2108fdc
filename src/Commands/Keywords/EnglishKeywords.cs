namespace Conversational.Commands.Keywords;

/// <summary>English command words, folded (lower case, no accents).</summary>
internal static class EnglishKeywords
{
    public static readonly (string Word, CommandKind Kind)[] Words =
    [
        ("send", CommandKind.Send), ("pay", CommandKind.Send), ("transfer", CommandKind.Send),
        ("donate", CommandKind.Donate), ("donation", CommandKind.Donate), ("give", CommandKind.Donate),
        ("buy", CommandKind.Buy), ("purchase", CommandKind.Buy),
        ("balance", CommandKind.Balance), ("bal", CommandKind.Balance),
        ("history", CommandKind.History), ("statement", CommandKind.History),
        ("spending", CommandKind.Spending), ("spent", CommandKind.Spending), ("expenses", CommandKind.Spending),
        ("more", CommandKind.More), ("next", CommandKind.More),
        ("help", CommandKind.Help), ("info", CommandKind.Help),
        // The opt-out words carriers honour (CTIA / Twilio's list), CANCEL aside: here it cancels a step.
        ("stop", CommandKind.Stop), ("stopall", CommandKind.Stop), ("unsubscribe", CommandKind.Stop),
        ("end", CommandKind.Stop), ("quit", CommandKind.Stop), ("revoke", CommandKind.Stop),
        ("optout", CommandKind.Stop),
        ("start", CommandKind.Start), ("unstop", CommandKind.Start),
        ("yes", CommandKind.Confirm), ("y", CommandKind.Confirm), ("yep", CommandKind.Confirm),
        ("yeah", CommandKind.Confirm), ("ok", CommandKind.Confirm), ("okay", CommandKind.Confirm),
        ("confirm", CommandKind.Confirm),
        ("no", CommandKind.Cancel), ("n", CommandKind.Cancel), ("nope", CommandKind.Cancel),
        ("cancel", CommandKind.Cancel), ("abort", CommandKind.Cancel),
    ];
}
