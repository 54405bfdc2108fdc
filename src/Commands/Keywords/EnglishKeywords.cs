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
        ("order", CommandKind.Orders), ("orders", CommandKind.Orders), ("track", CommandKind.Orders),
        ("tracking", CommandKind.Orders),
        ("mydata", CommandKind.ExportData), ("data", CommandKind.ExportData), ("exportdata", CommandKind.ExportData),
        // A lone "delete" or "erase" names nothing: erasing needs the data named ("delete my data", "#deletedata").
        ("deletedata", CommandKind.DeleteData), ("deletemydata", CommandKind.DeleteData),
        ("erasedata", CommandKind.DeleteData),
        ("dispute", CommandKind.Dispute), ("anomaly", CommandKind.Dispute),
        ("back", CommandKind.Back), ("previous", CommandKind.Back),
        ("referral", CommandKind.Referral),
        ("advisor", CommandKind.Advisor), ("adviser", CommandKind.Advisor), ("human", CommandKind.Advisor),
        ("agent", CommandKind.Advisor),
        ("continue", CommandKind.Resume), ("resume", CommandKind.Resume),
        ("points", CommandKind.Points), ("loyalty", CommandKind.Points),
        ("link", CommandKind.Link), ("unlink", CommandKind.Unlink),
        ("handle", CommandKind.Handle), ("username", CommandKind.Handle),
        ("language", CommandKind.Language), ("lang", CommandKind.Language),
        // Money waiting for the person; "yes" stays a confirmation.
        ("claim", CommandKind.Claim), ("accept", CommandKind.Claim),
    ];

    /// <summary>Commands of several words, folded, one space between words; the longest is read first.</summary>
    public static readonly (string Phrase, CommandKind Kind)[] Phrases =
    [
        ("my orders", CommandKind.Orders), ("my order", CommandKind.Orders),
        ("my balance", CommandKind.Balance), ("my history", CommandKind.History), ("my statement", CommandKind.History),
        ("my spending", CommandKind.Spending),
        ("my data", CommandKind.ExportData), ("export my data", CommandKind.ExportData),
        ("download my data", CommandKind.ExportData),
        ("delete my data", CommandKind.DeleteData), ("delete all my data", CommandKind.DeleteData),
        ("erase my data", CommandKind.DeleteData), ("erase all my data", CommandKind.DeleteData),
        ("i want to dispute", CommandKind.Dispute), ("i'd like to dispute", CommandKind.Dispute),
        ("i would like to dispute", CommandKind.Dispute),
        ("go back", CommandKind.Back),
        ("talk to a human", CommandKind.Advisor), ("talk to someone", CommandKind.Advisor),
        ("talk to an agent", CommandKind.Advisor), ("talk to an advisor", CommandKind.Advisor),
        ("speak to a human", CommandKind.Advisor), ("speak to someone", CommandKind.Advisor),
        ("a human", CommandKind.Advisor),
        ("my points", CommandKind.Points), ("loyalty points", CommandKind.Points),
        ("my handle", CommandKind.Handle),
    ];
}
