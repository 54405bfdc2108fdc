namespace Conversational.Commands;

/// <summary>"help", "aide envoyer": how to use the service, optionally about one command.</summary>
public sealed record HelpCommand(Language Language, CommandKind? Topic = null) : Command(Language)
{
    public override CommandKind Kind => CommandKind.Help;
}
