package io.codeledger.codeset;

import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** What CodeLedger reads from the ICD-10-CM tabular XML: descriptions, inclusion terms, Excludes1 notes. */
final class TabularList {

    private final Map<String, String> descriptions = new HashMap<>();
    private final Map<String, List<String>> inclusionTerms = new HashMap<>();
    private final Excludes1Index excludes1 = new Excludes1Index();

    private TabularList() {}

    String description(String bareCode) {
        return descriptions.get(bareCode);
    }

    List<String> inclusionTerms(String bareCode) {
        return inclusionTerms.getOrDefault(bareCode, List.of());
    }

    Excludes1Index excludes1() {
        return excludes1;
    }

    static TabularList parse(InputStream xml) {
        TabularList list = new TabularList();
        try {
            XMLInputFactory factory = XMLInputFactory.newFactory();
            factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
            factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
            XMLStreamReader reader = factory.createXMLStreamReader(xml);
            list.read(reader);
            reader.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("bundled ICD-10-CM tabular XML is malformed", e);
        }
        return list;
    }

    private void read(XMLStreamReader reader) throws XMLStreamException {
        Deque<String> diagStack = new ArrayDeque<>();
        Deque<String> elements = new ArrayDeque<>();
        while (reader.hasNext()) {
            int event = reader.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                String name = reader.getLocalName();
                if (name.equals("diag")) {
                    diagStack.push("");
                }
                elements.push(name);
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                String name = elements.pop();
                if (name.equals("diag")) {
                    diagStack.pop();
                }
            } else if (event == XMLStreamConstants.CHARACTERS && !diagStack.isEmpty()) {
                text(reader.getText(), elements, diagStack);
            }
        }
    }

    private void text(String text, Deque<String> elements, Deque<String> diagStack) {
        String element = elements.peek();
        if (element == null || text.isBlank()) {
            return;
        }
        List<String> path = new ArrayList<>(elements);
        String parent = path.size() > 1 ? path.get(1) : "";
        if (element.equals("name") && parent.equals("diag")) {
            diagStack.pop();
            diagStack.push(text.strip().replace(".", ""));
            return;
        }
        String code = diagStack.peek();
        if (code == null || code.isEmpty()) {
            return;
        }
        if (element.equals("desc") && parent.equals("diag")) {
            descriptions.merge(code, text.strip(), String::concat);
        } else if (element.equals("note") && parent.equals("inclusionTerm")) {
            inclusionTerms.computeIfAbsent(code, c -> new ArrayList<>()).add(text.strip());
        } else if (element.equals("note") && parent.equals("excludes1")) {
            excludes1.add(code, text.strip());
        }
    }
}
