using System.Text;

namespace KnowledgeBase.Cli.Export.Sqlite;

/// <summary>
/// How the database names things: YAML keys and folders in snake_case (<c>supersededBy</c> is <c>superseded_by</c>,
/// <c>ai-models</c> is <c>ai_models</c>), so SQL reads as SQL; every name is quoted where it is used.
/// </summary>
internal static class SqlNames
{
    /// <summary>A key or folder in snake_case, letters and digits only otherwise.</summary>
    public static string Snake(string name)
    {
        var snake = new StringBuilder(name.Length + 4);
        foreach (var character in name)
        {
            if (char.IsUpper(character))
            {
                if (snake.Length > 0 && snake[^1] != '_')
                {
                    snake.Append('_');
                }

                snake.Append(char.ToLowerInvariant(character));
            }
            else
            {
                snake.Append(char.IsAsciiLetterOrDigit(character) ? character : '_');
            }
        }

        return snake.ToString();
    }

    /// <summary>An identifier quoted for SQL, whatever it holds.</summary>
    public static string Quote(string name) => "\"" + name.Replace("\"", "\"\"", System.StringComparison.Ordinal) + "\"";

    /// <summary>Text as an SQL string literal.</summary>
    public static string Literal(string text) => "'" + text.Replace("'", "''", System.StringComparison.Ordinal) + "'";
}
