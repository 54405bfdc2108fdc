namespace Conversational.Commands;

/// <summary>"#history", "historique": the person's latest movements.</summary>
public sealed record ShowHistoryCommand(Language Language) : Command(Language)
{
    public override CommandKind Kind => CommandKind.History;
}
