using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Conversational.Commands;

namespace Conversational.Bots.Cli;

/// <summary>One parse result as one line of JSON, in the shape the README documents.</summary>
internal static class ParseResultJson
{
    /// <summary>Written when the parser itself failed: a bug, never the person's fault.</summary>
    public const string InternalError = """{"error":"internal","language":"en","message":"Internal error."}""";

    // French and Arabic stay readable in the output rather than \u-escaped; this is not HTML.
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Write(ParseResult result)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            if (result is ParseError error)
            {
                json.WriteString("error", error.Code.ToWireName());
                json.WriteString("language", error.Language.ToCode());
                json.WriteString("message", Clean(ParseErrorMessages.Describe(error)));
            }
            else
            {
                WriteCommand(json, (Command)result);
                json.WriteString("language", result.Language.ToCode());
            }
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static void WriteCommand(Utf8JsonWriter json, Command command)
    {
        json.WriteString("command", command.Kind.ToWireName());
        switch (command)
        {
            case MoneyCommand money:
                json.WriteStartObject("amount");
                json.WriteNumber("minor", money.Amount.Minor);
                json.WriteString("currency", money.Amount.Currency);
                json.WriteEndObject();
                json.WriteStartObject("recipient");
                json.WriteString("type", money.Recipient.Kind == RecipientKind.Phone ? "phone" : "handle");
                json.WriteString("value", Clean(money.Recipient.Value));
                json.WriteEndObject();
                if (money.Note is { } note)
                {
                    json.WriteString("note", Clean(note));
                }
                break;
            case BuyCommand buy:
                json.WriteString("code", Clean(buy.Product));
                if (buy.Quantity is { } quantity)
                {
                    json.WriteNumber("quantity", quantity);
                }
                break;
            case LinkIdentityCommand { Code: not null }:
                json.WriteBoolean("code", true);   // never the code itself: parse output may be logged
                break;
            case LinkIdentityCommand { Target: { } target }:
                WriteTarget(json, target);
                break;
            case UnlinkIdentityCommand { Target: { } unlinked }:
                WriteTarget(json, unlinked);
                break;
            case SetHandleCommand { Handle: { } handle }:
                json.WriteString("handle", Clean(handle));
                break;
            case HelpCommand { Topic: { } topic }:
                json.WriteString("topic", topic.ToWireName());
                break;
            case QuestionCommand question:
                json.WriteString("text", Clean(question.Text));
                break;
        }
    }

    private static void WriteTarget(Utf8JsonWriter json, LinkTarget target)
    {
        json.WriteStartObject("target");
        json.WriteString("type", target.Kind switch
        {
            LinkTargetKind.Phone => "phone",
            LinkTargetKind.Handle => "handle",
            LinkTargetKind.Telegram => "telegram",
            _ => "web",
        });
        if (target.Value is { } value)
        {
            json.WriteString("value", Clean(value));
        }
        json.WriteEndObject();
    }

    /// <summary>Replaces lone UTF-16 surrogates (which JSON cannot carry) with U+FFFD.</summary>
    private static string Clean(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsSurrogate(text[i]) && !(char.IsHighSurrogate(text[i]) && i + 1 < text.Length &&
                    char.IsLowSurrogate(text[i + 1])))
            {
                return Replace(text);
            }
            if (char.IsHighSurrogate(text[i]))
            {
                i++;
            }
        }
        return text;
    }

    private static string Replace(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(text, i++, 2);
            }
            else
            {
                builder.Append(char.IsSurrogate(text[i]) ? '\uFFFD' : text[i]);
            }
        }
        return builder.ToString();
    }
}
