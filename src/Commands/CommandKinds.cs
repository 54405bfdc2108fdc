namespace Conversational.Commands;

/// <summary>The stable wire names of <see cref="CommandKind"/> ("send", "question").</summary>
public static class CommandKinds
{
    public static string ToWireName(this CommandKind kind) => kind switch
    {
        CommandKind.Send => "send",
        CommandKind.Donate => "donate",
        CommandKind.Buy => "buy",
        CommandKind.Balance => "balance",
        CommandKind.History => "history",
        CommandKind.Help => "help",
        CommandKind.Stop => "stop",
        CommandKind.Start => "start",
        CommandKind.Confirm => "confirm",
        CommandKind.Cancel => "cancel",
        CommandKind.Question => "question",
        CommandKind.Spending => "spending",
        CommandKind.More => "more",
        CommandKind.Orders => "orders",
        CommandKind.ExportData => "export-data",
        CommandKind.DeleteData => "delete-data",
        CommandKind.Dispute => "dispute",
        CommandKind.Back => "back",
        CommandKind.Referral => "referral",
        CommandKind.Advisor => "advisor",
        CommandKind.Resume => "resume",
        CommandKind.Points => "points",
        CommandKind.Link => "link",
        CommandKind.Unlink => "unlink",
        CommandKind.Handle => "handle",
        CommandKind.Language => "language",
        CommandKind.Claim => "claim",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown command kind."),
    };
}
