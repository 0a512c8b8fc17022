// The body of the layercheck_* executables (app/CMakeLists.txt): each links one app/ layer whole with only the
// layers below it, so a call from a layer into a higher one fails to link. Also the jobwatch_pch target's one file.
int main()
{
    return 0;
}
