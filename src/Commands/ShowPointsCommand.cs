namespace Conversational.Commands;

/// <summary>"#points", "fidélité", "نقاطي": the person's loyalty points.</summary>
public sealed record ShowPointsCommand(Language Language) : Command(Language)
{
    public override CommandKind Kind => CommandKind.Points;
}
