namespace Conversational.Commands;

/// <summary>"#language fr", "#langue anglais", "#لغة العربية", "#language auto": the language of the messages the
/// service sends on its own (notices, reminders) on every channel of the person; <see cref="Automatic"/> goes back to
/// the language they last wrote in; neither shows the current choice. Replies still follow the language of each
/// message.</summary>
public sealed record SetLanguageCommand(Language Language, Language? Preferred = null, bool Automatic = false) : Command(Language)
{
    public override CommandKind Kind => CommandKind.Language;
}
