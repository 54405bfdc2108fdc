using System.Globalization;
using Conversational.Bots.Phones;
using Conversational.Shared;

namespace Conversational.Commands.Tests;

/// <summary>Parse contexts backed by the phone reader the host plugs in (libphonenumber), as in production.</summary>
internal static class Contexts
{
    /// <summary>The reader the host plugs into the parser.</summary>
    public static readonly IPhoneNumberReader Phones = new LibPhoneNumberReader();

    /// <summary>The built-in defaults: EUR, FR, English, nothing known of the person.</summary>
    public static readonly ParseContext Default = new(Phones);

    /// <summary>A context from settings written "hint=fr", "default=fr", "currency=USD", "region=BE"
    /// (several joined with ';'); null or empty gives <see cref="Default"/>.</summary>
    public static ParseContext From(string? settings)
    {
        var context = Default;
        foreach (var setting in (settings ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries))
        {
            var (name, value) = (setting[..setting.IndexOf('=', StringComparison.Ordinal)],
                setting[(setting.IndexOf('=', StringComparison.Ordinal) + 1)..]);
            context = name switch
            {
                "hint" => context with { LanguageHint = Language(value) },
                "default" => context with { DefaultLanguage = Language(value) },
                "currency" => context with { DefaultCurrency = value },
                "region" => context with { DefaultRegion = value },
                _ => throw new ArgumentException($"Unknown setting '{name}'.", nameof(settings)),
            };
        }
        return context;
    }

    private static Language Language(string code) =>
        LanguageCodes.TryParse(code, out var language)
            ? language
            : throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Unknown language '{code}'."));

    /// <summary>Every ISO 4217 code the parser knows, sorted so generators draw the same way on every run.</summary>
    public static readonly string[] Currencies = [.. Iso4217.Codes.Order(StringComparer.Ordinal)];
}
