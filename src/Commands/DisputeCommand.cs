namespace Conversational.Commands;

/// <summary>"anomaly on my statement", "#litige", "اعتراض": the person contests a movement; the whole message,
/// trimmed, goes to the advisors.</summary>
public sealed record DisputeCommand(Language Language, string Text) : Command(Language)
{
    public override CommandKind Kind => CommandKind.Dispute;
}
