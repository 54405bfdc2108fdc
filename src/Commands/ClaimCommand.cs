namespace Conversational.Commands;

/// <summary>"#claim", "récupérer", "استلام": take the money waiting for the person now.</summary>
public sealed record ClaimCommand(Language Language) : Command(Language)
{
    public override CommandKind Kind => CommandKind.Claim;
}
