namespace Conversational.Commands;

/// <summary>"back", "retour", "رجوع": one step back in the current flow.</summary>
public sealed record BackCommand(Language Language) : Command(Language)
{
    public override CommandKind Kind => CommandKind.Back;
}
