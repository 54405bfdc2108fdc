namespace Conversational.Commands;

/// <summary>"no", "annuler", "لا": drop what was asked.</summary>
public sealed record CancelCommand(Language Language) : Command(Language)
{
    public override CommandKind Kind => CommandKind.Cancel;
}
