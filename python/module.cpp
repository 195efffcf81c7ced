// posext._posext: the C++ library as a Python extension. The model crosses as posext/2 JSON, read by
// posext/__init__.py into objects; extract() runs without the GIL.
#include <posext/posext.hpp>

#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace py = pybind11;

namespace {

// A Document kept whole, so that positions and the matrix are made from it in C++.
struct NativeDocument {
    posext::Document document;
};

std::shared_ptr<NativeDocument> extract(const std::string& text, const std::optional<std::string>& source_name,
                                        const std::optional<std::string>& speaker, const posext::Lexicon* lexicon,
                                        bool stances) {
    posext::Options options;
    if (source_name) options.source_name = *source_name;
    options.speaker = speaker;
    options.lexicon = lexicon;
    options.stances = stances;
    auto out = std::make_shared<NativeDocument>();
    {
        py::gil_scoped_release release;  // other Python threads run while the statement is read
        out->document = posext::extract(text, options);
    }
    return out;
}

std::vector<std::string> positions_jsonl(const std::vector<std::shared_ptr<NativeDocument>>& documents,
                                         const posext::Lexicon* lexicon) {
    const posext::Lexicon& tables = lexicon ? *lexicon : posext::Lexicon::english();
    const std::string fingerprint = [&] {
        char hex[17];
        std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(tables.fingerprint()));
        return std::string(hex);
    }();
    std::vector<std::string> rows;
    for (const auto& d : documents) {
        for (const posext::Position& p : posext::positions(d->document, tables)) {
            rows.push_back(posext::to_jsonl(p, {{"posext", std::string(posext::version)}, {"lexicon", fingerprint}}));
        }
    }
    return rows;
}

std::vector<std::string> matrix_jsonl(const std::vector<std::shared_ptr<NativeDocument>>& documents,
                                      const posext::Lexicon* lexicon) {
    const posext::Lexicon& tables = lexicon ? *lexicon : posext::Lexicon::english();
    std::vector<posext::Position> rows;
    for (const auto& d : documents) {
        std::vector<posext::Position> more = posext::positions(d->document, tables);
        rows.insert(rows.end(), more.begin(), more.end());
    }
    std::vector<std::string> out;
    for (const posext::MatrixCell& cell : posext::matrix(rows, tables)) out.push_back(posext::to_jsonl(cell));
    return out;
}

}  // namespace

PYBIND11_MODULE(_posext, m) {
    m.doc() = "posext's C++ library: extract() and the tables; use the package posext, not this module.";
    m.attr("version") = std::string(posext::version);
    m.attr("json_schema") = std::string(posext::json_schema);

    // Errors of the library (a bad lexicon file) arrive as posext.Error with the library's message.
    static py::exception<posext::Error> error(m, "Error", PyExc_ValueError);
    py::register_exception_translator([](std::exception_ptr p) {
        try {
            if (p) std::rethrow_exception(p);
        } catch (const posext::Error& e) {
            PyErr_SetString(error.ptr(), e.what());
        }
    });

    py::class_<posext::Lexicon>(m, "Lexicon", "Vocabulary tables: the built-in English ones, extended by files.")
        .def(py::init([] { return posext::Lexicon::english(); }), "The built-in tables (english.lex and un-general).")
        .def("add", &posext::Lexicon::add, py::arg("text"), py::arg("source") = "<lexicon>",
             "Adds the entries of a lexicon file's text.")
        .def("add_file", [](posext::Lexicon& l, const std::string& path) { l.add_file(path); }, py::arg("path"),
             "Reads and adds a lexicon file.")
        .def("clear_issues", &posext::Lexicon::clear_issues, "Removes every issue and its label.")
        .def("add_issue_pack", [](posext::Lexicon& l, const std::string& name) {
                const auto pack = posext::Lexicon::issue_pack(name);
                if (!pack) throw py::value_error("no built-in issue lexicon '" + name + "' (un-general, ict-oewg)");
                l.add(*pack, name);
            }, py::arg("name"), "Adds a built-in issue lexicon: 'un-general' or 'ict-oewg'.")
        .def("issues", [](const posext::Lexicon& l) {
                std::vector<std::pair<std::string, std::string>> out;
                for (const auto& i : l.issues()) out.emplace_back(i.key, i.label);
                return out;
            }, "The issues as (key, label), in their order.")
        .def_property_readonly("fingerprint", &posext::Lexicon::fingerprint, "A hash of every text added.")
        .def("__len__", &posext::Lexicon::size);

    py::class_<NativeDocument, std::shared_ptr<NativeDocument>>(m, "NativeDocument", "A document as the library holds it.")
        .def("to_json", [](const NativeDocument& d) { return posext::to_json(d.document); }, "The posext/2 JSON, compact.")
        .def("input", [](const NativeDocument& d) { return py::bytes(std::string(d.document.input())); },
             "The input as given, bytes.")
        .def("failed", [](const NativeDocument& d) { return d.document.failed(); })
        .def("normalized", [](const NativeDocument& d, std::uint32_t begin, std::uint32_t end) {
                return d.document.normalized(posext::Span{begin, end});
            }, py::arg("begin"), py::arg("end"), "The words of input[begin:end) as posext matches them.");

    m.def("extract", &extract, py::arg("text"), py::arg("source_name") = py::none(), py::arg("speaker") = py::none(),
          py::arg("lexicon") = static_cast<const posext::Lexicon*>(nullptr), py::arg("stances") = true,
          "Reads a statement; the GIL is released meanwhile.");
    m.def("positions_jsonl", &positions_jsonl, py::arg("documents"), py::arg("lexicon") = nullptr,
          "The rows of `posext positions`, one JSON object each.");
    m.def("matrix_jsonl", &matrix_jsonl, py::arg("documents"), py::arg("lexicon") = nullptr,
          "The cells of `posext matrix`, one JSON object each.");
}
